import { describe, expect, it } from 'vitest';
import type { PageItem } from '../../../lib/overlay/page-items';
import { createResolveQueue } from '../../../lib/overlay/resolve-queue';

function item(key: string, connected = true): PageItem {
  return { id: key, source: { isConnected: connected } as Element } as PageItem;
}

function setUp(page: PageItem[]) {
  const queue = createResolveQueue({ items: () => page.values() });
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

  it('walks every item again when everything may have changed', () => {
    const page = [item('PAY-1'), item('PAY-2'), item('PAY-3'), item('PAY-4', false)];
    const { queue, keys } = setUp(page);
    queue.again(null);
    expect(keys(queue.next(2))).toEqual(['PAY-1', 'PAY-2']);
    expect(keys(queue.next(5))).toEqual(['PAY-3']);
    expect(queue.pending).toBe(false);
  });

  it('hands out, when facts arrive, the items whose answers read them as they were last resolved, and no others', () => {
    const [story, child, other] = [item('PAY-1'), item('PAY-2'), item('PAY-3')];
    const { queue, keys } = setUp([story, child, other]);
    queue.track(story, ['PAY-1', 'EPIC-1']);
    queue.track(child, ['PAY-2', 'PAY-1', 'EPIC-1']);
    queue.track(other, ['PAY-3']);
    queue.again(new Set(['EPIC-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-1', 'PAY-2']);
    queue.again(new Set(['PAY-1', 'WEB-9']));
    expect(keys(queue.next(5))).toEqual(['PAY-1', 'PAY-2']);
    // Resolved again under another parent: what it reads now is what counts.
    queue.track(child, ['PAY-2', 'PAY-7']);
    queue.again(new Set(['PAY-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-1']);
    queue.again(new Set(['PAY-7']));
    expect(keys(queue.next(5))).toEqual(['PAY-2']);
    // An item that left is forgotten with what it read.
    queue.delete(story);
    queue.again(new Set(['EPIC-1', 'PAY-1']));
    expect(queue.pending).toBe(false);
  });

  it('follows an item whose answer reads its own facts alone, then a parent too, then its own alone again', () => {
    const [story, card] = [item('PAY-1'), item('PAY-2')];
    const { queue, keys } = setUp([story, card]);
    queue.track(story, ['PAY-1']);
    queue.track(card, ['PAY-2']);
    queue.again(new Set(['PAY-2']));
    expect(keys(queue.next(5))).toEqual(['PAY-2']);
    queue.track(card, ['PAY-2', 'EPIC-1']);
    queue.again(new Set(['EPIC-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-2']);
    queue.track(card, ['PAY-2']);
    queue.again(new Set(['EPIC-1']));
    expect(queue.pending).toBe(false);
    queue.again(new Set(['PAY-2', 'PAY-1']));
    expect(keys(queue.next(5))).toEqual(['PAY-2', 'PAY-1']);
    // Gone from the page: its own facts arriving ask for nothing.
    queue.delete(card);
    queue.again(new Set(['PAY-2']));
    expect(queue.pending).toBe(false);
  });

  it('looks at a bounded number of items a batch, so that a walk finding few is still done in small pieces', () => {
    const page = Array.from({ length: 2000 }, (_, n) => item(`WEB-${n + 1}`, false));
    page.push(item('PAY-1'), item('PAY-2'));
    const { queue, keys } = setUp(page);
    queue.again(null);
    const batches: PageItem[][] = [];
    while (queue.pending) batches.push(queue.next(32));
    expect(batches.flatMap(keys)).toEqual(['PAY-1', 'PAY-2']);
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.slice(0, -1).every((batch) => batch.length === 0)).toBe(true);
  });

  it('puts new items before the walk, and clears to nothing', () => {
    const page = [item('PAY-1'), item('PAY-2')];
    const { queue, keys } = setUp(page);
    queue.track(page[0]!, ['PAY-1']);
    queue.again(null);
    queue.add(item('WEB-1'));
    expect(keys(queue.next(2))).toEqual(['WEB-1', 'PAY-1']);
    queue.clear();
    expect(queue.pending).toBe(false);
    queue.again(new Set(['PAY-1']));
    expect(queue.pending).toBe(false);
  });
});
