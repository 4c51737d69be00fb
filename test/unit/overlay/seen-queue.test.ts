import { describe, expect, it, vi } from 'vitest';
import { createSeenQueue } from '../../../lib/overlay/seen-queue';

describe('createSeenQueue', () => {
  it('hands over what it saw in one batch a few seconds later, and an item seen again only once', () => {
    const timers: (() => void)[] = [];
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, (fn) => void timers.push(fn));
    queue.add({ id: 'a' }, 1);
    queue.add({ id: 'b' }, 2);
    queue.add({ id: 'a' }, 3);
    expect(flush).not.toHaveBeenCalled();
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(flush).toHaveBeenCalledWith([{ id: 'a' }, { id: 'b' }], 2);
  });

  it('hands over everything at once when the page goes, in batches of at most 500', () => {
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, () => {});
    for (let n = 0; n < 1200; n++) queue.add({ id: `i${n}` }, n);
    queue.flushNow();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([500, 500, 200]);
    queue.flushNow();
    expect(flush).toHaveBeenCalledTimes(3);
  });
});
