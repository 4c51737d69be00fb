import { IdMap } from '../model/id-map';
import { SEEN_REFRESH_MS } from '../model/seen-refresh';

const FLUSH_AFTER_MS = 3000;
/**
 * Items handed over in one message. Sending costs the page's thread in
 * proportion to what a message holds (4 batches of 500, all sent as a
 * 2,000-card board's tab closed, took 20-100 ms in one piece).
 */
const BATCH = 250;

/** When the queue's work runs: after a delay, and in the page's idle time. */
export interface SeenSchedule {
  timeout(fn: () => void, ms: number): void;
  idle(fn: () => void): void;
}

/**
 * Collects what the overlay sees and hands it to `flush` in rounds, at most
 * one every few seconds, so a scrolling board does not flood the
 * background. A round hands over what was pending when it began, a batch at
 * a time, each in an idle moment of the page; what is seen meanwhile waits
 * for the next round. The first round begins at the first idle moment, so a
 * page that goes has only its last few seconds left to hand over.
 */
export function createSeenQueue<T extends { id: string }>(
  flush: (items: T[], now: number) => void,
  schedule: SeenSchedule,
) {
  const pending = new Map<string, T>();
  const recorded = new IdMap<number>();
  let scheduled = false;
  let latest = 0;
  /** Items still to hand over from the last round's collection. */
  let draining = 0;
  /** When the last round began, as the items' clock tells it. */
  let drainedAt = Number.NEGATIVE_INFINITY;

  const send = (most: number) => {
    const batch: T[] = [];
    for (const item of pending.values()) {
      if (batch.length >= most) break;
      batch.push(item);
    }
    for (const item of batch) pending.delete(item.id);
    if (batch.length > 0) flush(batch, latest);
    return batch.length;
  };
  const drain = () => {
    draining -= send(Math.min(BATCH, draining));
    if (draining > 0 && pending.size > 0) {
      schedule.idle(drain);
      return;
    }
    scheduled = false;
    if (pending.size > 0) arm();
  };
  const start = () => {
    drainedAt = latest;
    draining = pending.size;
    drain();
  };
  const arm = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = drainedAt + FLUSH_AFTER_MS - latest;
    if (wait > 0) schedule.timeout(() => schedule.idle(start), wait);
    else schedule.idle(start);
  };

  return {
    /**
     * Hands over one batch if a whole one waits. The overlay's own pieces of
     * work call it: a big board's load leaves no idle moment for a round, and
     * all it saw waited for the tab to go, when handing over 18,000 items
     * took 45-55 ms in one piece.
     */
    sendFull(): void {
      if (pending.size >= BATCH) send(BATCH);
    },
    /** Hands over everything pending now: the page is going, and what it saw must not go with it. */
    flushNow(): void {
      // Taken at once: each batch taken from the front walks past what the batches before left behind.
      const all = [...pending.values()];
      pending.clear();
      for (let at = 0; at < all.length; at += BATCH) flush(all.slice(at, at + BATCH), latest);
    },
    add(item: T, now: number): void {
      const last = recorded.get(item.id);
      if (last !== undefined && now - last < SEEN_REFRESH_MS) return;
      recorded.set(item.id, now);
      pending.set(item.id, item);
      latest = now;
      arm();
    },
  };
}
