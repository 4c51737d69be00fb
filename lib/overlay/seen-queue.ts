const FLUSH_AFTER_MS = 3000;
const MAX_BATCH = 500;
/** An item seen again within this long is not recorded again. */
const REFRESH_AFTER_MS = 10 * 60 * 1000;

/**
 * Collects what the overlay sees and hands it to `flush` in batches, at most
 * one batch every few seconds, so a scrolling board does not flood the
 * background. Items are turned into records only when flushed, off the
 * path that puts chips on a board.
 */
export function createSeenQueue<T extends { id: string }>(
  flush: (items: T[], now: number) => void,
  schedule: (fn: () => void, ms: number) => void,
) {
  const pending = new Map<string, T>();
  const recorded = new Map<string, number>();
  let scheduled = false;
  let latest = 0;

  const run = () => {
    scheduled = false;
    const batch = [...pending.values()].slice(0, MAX_BATCH);
    for (const item of batch) pending.delete(item.id);
    if (batch.length > 0) flush(batch, latest);
    if (pending.size > 0) arm();
  };
  const arm = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(run, FLUSH_AFTER_MS);
  };

  return {
    /** Hands over everything pending now: the page is going, and what it saw must not go with it. */
    flushNow(): void {
      while (pending.size > 0) run();
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
