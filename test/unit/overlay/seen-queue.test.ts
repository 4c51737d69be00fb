import { describe, expect, it, vi } from 'vitest';
import { SEEN_REFRESH_MS } from '../../../lib/model/seen-refresh';
import { createSeenQueue } from '../../../lib/overlay/seen-queue';

function schedule() {
  const later: (() => void)[] = [];
  const idle: (() => void)[] = [];
  return {
    later,
    idle,
    timers: { timeout: (fn: () => void) => void later.push(fn), idle: (fn: () => void) => void idle.push(fn) },
  };
}

describe('createSeenQueue', () => {
  it('hands over what it saw when the page is first idle, then at most once every few seconds; an item seen again only once', () => {
    const { later, idle, timers } = schedule();
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, timers);
    queue.add({ id: 'a' }, 1);
    queue.add({ id: 'b' }, 2);
    queue.add({ id: 'a' }, 3);
    expect(flush).not.toHaveBeenCalled();
    idle.shift()!();
    expect(flush).toHaveBeenCalledWith([{ id: 'a' }, { id: 'b' }], 2);
    queue.add({ id: 'c' }, 1000);
    expect(idle).toHaveLength(0);
    later.shift()!();
    idle.shift()!();
    expect(flush).toHaveBeenLastCalledWith([{ id: 'c' }], 1000);
  });

  it('hands a big board over a batch at a time, each when the page is idle; what it sees meanwhile waits', () => {
    const { later, idle, timers } = schedule();
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, timers);
    for (let n = 0; n < 600; n++) queue.add({ id: `i${n}` }, n);
    idle.shift()!();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([250]);
    queue.add({ id: 'late' }, 700);
    while (idle.length > 0) idle.shift()!();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([250, 250, 100]);
    // The late one waits for the next round, a few seconds after this one began.
    expect(later).toHaveLength(1);
    later.shift()!();
    idle.shift()!();
    expect(flush).toHaveBeenLastCalledWith([{ id: 'late' }], 700);
  });

  it('hands over a whole batch when asked while no idle moment comes, and nothing short of one', () => {
    const { timers } = schedule();
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, timers);
    for (let n = 0; n < 249; n++) queue.add({ id: `i${n}` }, n);
    queue.sendFull();
    expect(flush).not.toHaveBeenCalled();
    for (let n = 249; n < 600; n++) queue.add({ id: `i${n}` }, n);
    queue.sendFull();
    queue.sendFull();
    queue.sendFull();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([250, 250]);
    expect(flush.mock.calls[0]![0][0]).toEqual({ id: 'i0' });
    // What is left goes with the page, each item once.
    queue.flushNow();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([250, 250, 100]);
    expect(new Set(flush.mock.calls.flatMap(([batch]) => batch.map((item: { id: string }) => item.id))).size).toBe(600);
  });

  it('hands over everything at once when the page goes, in batches of at most 250', () => {
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, schedule().timers);
    for (let n = 0; n < 600; n++) queue.add({ id: `i${n}` }, n);
    queue.flushNow();
    expect(flush.mock.calls.map(([batch]) => batch.length)).toEqual([250, 250, 100]);
    queue.flushNow();
    expect(flush).toHaveBeenCalledTimes(3);
  });

  it('records an item seen again once its refresh time has passed on the wall clock, not before', () => {
    const flush = vi.fn();
    const queue = createSeenQueue<{ id: string }>(flush, schedule().timers);
    const start = Date.parse('2026-12-06T09:00:00.000Z');
    queue.add({ id: 'b' }, start - 5000);
    queue.add({ id: 'a' }, start);
    queue.flushNow();
    queue.add({ id: 'a' }, start + SEEN_REFRESH_MS - 1);
    queue.flushNow();
    queue.add({ id: 'a' }, start + SEEN_REFRESH_MS);
    queue.flushNow();
    expect(flush.mock.calls.map(([batch]) => batch.map((item: { id: string }) => item.id))).toEqual([
      ['b', 'a'],
      ['a'],
    ]);
  });
});
