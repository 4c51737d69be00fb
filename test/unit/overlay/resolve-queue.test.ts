import { describe, expect, it } from 'vitest';
import type { PageItem } from '../../../lib/overlay/page-items';
import { createResolveQueue } from '../../../lib/overlay/resolve-queue';

function item(key: string, connected = true): PageItem {
  return { id: key, source: { isConnected: connected } as Element } as PageItem;
}

/** A page of items; PAY-2's answer reads PAY-1's facts (its parent). */
function setUp(page: PageItem[]) {
  const queue = createResolveQueue({
    items: () => page.values(),
    readsAnyOf: (id, ids) => ids.has(id) || (id === 'PAY-2' && ids.has('PAY-1')),
  });
  const keys = (batch: PageItem[]) => batch.map((entry) => entry.id);
  return { queue, keys };
}

describe('resolve queue', () => {
  it('hands out new and changed items a batch at a time, those gone from the page left out', () => {
    const [one, two, gone, three] = [item('PAY-1'), item('PAY-2'), item('PAY-3', false), item('PAY-4')];
    const { queue, keys } = setUp([]);
    for (const entry of [one, two, gone, three]) queue.add(entry);
    queue.delete(two);
    expect(queue.pending).toBe(true);
    expect(keys(queue.next(1))).toEqual(['PAY-1']);
    expect(keys(queue.next(5))).toEqual(['PAY-4']);
    expect(queue.pending).toBe(false);
    expect(queue.next(5)).toEqual([]);
  });

  it("walks every item again, or only those whose answers read the given items' facts", () => {
    const page = [item('PAY-1'), item('PAY-2'), item('PAY-3'), item('PAY-4', false)];
    const { queue, keys } = setUp(page);
    queue.again(null);
    expect(keys(queue.next(2))).toEqual(['PAY-1', 'PAY-2']);
    expect(keys(queue.next(5))).toEqual(['PAY-3']);
    expect(queue.pending).toBe(false);
    queue.again(new Set(['PAY-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-1', 'PAY-2']);
  });

  it('starts a walk under way over, for what it walked for too, and a walk of every item stays one', () => {
    const page = [item('PAY-1'), item('PAY-2'), item('PAY-3')];
    const { queue, keys } = setUp(page);
    queue.again(new Set(['PAY-3']));
    queue.again(new Set(['PAY-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
    queue.again(null);
    queue.again(new Set(['PAY-3']));
    expect(keys(queue.next(5))).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
  });

  it('looks at a bounded number of items a batch, so that a walk finding few is still done in small pieces', () => {
    const page = Array.from({ length: 2000 }, (_, n) => item(`WEB-${n + 1}`));
    page.push(item('PAY-1'), item('PAY-2'));
    const looked: string[] = [];
    const queue = createResolveQueue({
      items: () => page.values(),
      readsAnyOf: (id, ids) => {
        looked.push(id);
        return ids.has(id);
      },
    });
    queue.again(new Set(['PAY-2']));
    const batches: PageItem[][] = [];
    while (queue.pending) batches.push(queue.next(32));
    expect(batches.flat().map((entry) => entry.id)).toEqual(['PAY-2']);
    expect(looked).toHaveLength(2002);
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.slice(0, -1).every((batch) => batch.length === 0)).toBe(true);
  });

  it('puts new items before the walk, and clears to nothing', () => {
    const page = [item('PAY-1'), item('PAY-2')];
    const { queue, keys } = setUp(page);
    queue.again(null);
    queue.add(item('WEB-1'));
    expect(keys(queue.next(2))).toEqual(['WEB-1', 'PAY-1']);
    queue.clear();
    expect(queue.pending).toBe(false);
  });
});
