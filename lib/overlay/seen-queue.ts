const FLUSH_AFTER_MS = 3000;
/**
 * Items handed over in one message. Sending costs the page's thread in
 * proportion to what a message holds (4 batches of 500, all sent as a
 * 2,000-card board's tab closed, took 20-100 ms in one piece).
 */
const BATCH = 250;
/** An item seen again within this long is not recorded again. */
const REFRESH_AFTER_MS = 10 * 60 * 1000;

/** When the queue's work runs: after a delay, and in the page's idle time. */
export interface SeenSchedule {
  timeout(fn: () => void, ms: number): void;
  idle(fn: () => void): void;
}

/**
 * Collects what the overlay sees and hands it to `flush` in batches, so a
 * scrolling board does not flood the background: what was seen over a few
 * seconds is then handed over a batch at a time, each in an idle moment of
 * the page, and what is seen meanwhile waits for the next few seconds. A
 * page that goes has only the last few seconds left to hand over. Items are
 * turned into records only when flushed, off the path that puts chips on a
 * board.
 */
export function createSeenQueue<T extends { id: string }>(
  flush: (items: T[], now: number) => void,
  schedule: SeenSchedule,
) {
  const pending = new Map<string, T>();
  const recorded = new Map<string, number>();
  let scheduled = false;
  let latest = 0;
  /** Items still to hand over from the last few seconds' collection. */
  let draining = 0;

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
  const arm = () => {
    if (scheduled) return;
    scheduled = true;
    schedule.timeout(() => {
      draining = pending.size;
      drain();
    }, FLUSH_AFTER_MS);
  };

  return {
    /** Hands over everything pending now: the page is going, and what it saw must not go with it. */
    flushNow(): void {
      while (send(BATCH) > 0);
    },
    add(item: T, now: number): void {
      const last = recorded.get(item.id);
      if (last !== undefined && now - last < REFRESH_AFTER_MS) return;
      recorded.set(item.id, now);
      pending.set(item.id, item);
      latest = now;
      arm();
    },
  };
}
