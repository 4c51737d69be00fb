import type { SeenItem } from '../model/seen-item';
import type { ThroughlineDatabase } from './database';
import { recordSeen } from './seen-items';

/** At least this long between two writes of seen items: what comes meanwhile is written together. */
export const SEEN_WRITE_GAP_MS = 1000;

export interface SeenWriterClock {
  now(): number;
  wait(ms: number): Promise<void>;
}

const realClock: SeenWriterClock = {
  now: () => Date.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The background's writes of seen items, one at a time and at most one a
 * SEEN_WRITE_GAP_MS: the items that come meanwhile wait in memory and go in
 * the next write, each item once, as last seen. A big board's load hands
 * its items over a batch at a time, 80 of them for 20,000 cards; written one
 * transaction each, every write (and each page that reads the table again
 * after one) took the two cores the board was being read on. Each caller is
 * answered once its items are stored, or with the write's error.
 */
export function createSeenWriter(db: ThroughlineDatabase, clock: SeenWriterClock = realClock) {
  let queued = new Map<string, SeenItem>();
  /** The write that will take what is queued, not begun yet. */
  let next: Promise<void> | null = null;
  /** The write under way, or the last one: the next waits for it. */
  let last: Promise<unknown> = Promise.resolve();
  let lastEnded = Number.NEGATIVE_INFINITY;

  async function write(): Promise<void> {
    const rest = lastEnded + SEEN_WRITE_GAP_MS - clock.now();
    if (rest > 0) await clock.wait(rest);
    const items = [...queued.values()];
    queued = new Map();
    next = null;
    try {
      await recordSeen(db, items);
    } finally {
      lastEnded = clock.now();
    }
  }

  return {
    /** Stores these items with the others that come before the next write; resolves once they are stored. */
    record(items: readonly SeenItem[]): Promise<void> {
      for (const item of items) {
        const known = queued.get(item.id);
        if (!known || known.lastSeen <= item.lastSeen) queued.set(item.id, item);
      }
      if (!next) {
        next = last.then(write);
        last = next.catch(() => {});
      }
      return next;
    },
  };
}

export type SeenWriter = ReturnType<typeof createSeenWriter>;
