import { type SeenColumns, type SeenItem, seenItemsOf } from '../model/seen-item';
import type { ThroughlineDatabase } from './database';
import { MAX_SEEN_ITEMS, recordSeen } from './seen-items';

/** Seen items are written once none came for this long… */
export const SEEN_WRITE_QUIET_MS = 1000;
/** …or once the first of them has waited this long, while they keep coming. */
export const SEEN_WRITE_MAX_WAIT_MS = 10_000;

export interface SeenWriterClock {
  now(): number;
  later(fn: () => void, ms: number): void;
}

const realClock: SeenWriterClock = {
  now: () => Date.now(),
  later: (fn, ms) => void setTimeout(fn, ms),
};

/** A message's items, checked when written (`stored`: how many of them were). */
interface Told {
  columns: SeenColumns;
  stored: number;
}

interface Waiting {
  told: Told[];
  /** How many items the messages hold, repeats included. */
  size: number;
  firstAt: number;
  lastAt: number;
  done: Promise<void>;
  stored(): void;
  failed(error: unknown): void;
}

/**
 * The background's writes of seen items: what comes is kept in memory, each
 * item once as last seen, and written in one transaction once a second
 * passes with nothing new, or ten seconds after the first came (or at the
 * table's cap). A big board's load hands over its items a batch at a time
 * while the board is read, 80 batches for 20,000 cards; written as they
 * came, each write (and each page that read the table again after one)
 * took the two cores the board was being read on, and its last hosts came
 * seconds later. Each caller is answered once its items are stored, or
 * with the write's error; while it waits, the worker is kept.
 */
export function createSeenWriter(db: ThroughlineDatabase, clock: SeenWriterClock = realClock) {
  let waiting: Waiting | null = null;
  /** The write under way, or the last one: the next begins after it. */
  let writing: Promise<void> = Promise.resolve();
  let armed = false;

  function arm(): void {
    if (armed || !waiting) return;
    armed = true;
    clock.later(check, Math.max(0, dueAt(waiting) - clock.now()));
  }

  function check(): void {
    armed = false;
    if (!waiting) return;
    if (waiting.size < MAX_SEEN_ITEMS && clock.now() < dueAt(waiting)) {
      arm();
      return;
    }
    const taken = waiting;
    waiting = null;
    writing = writing.then(() => recordSeen(db, latestSightings(taken.told))).then(taken.stored, taken.failed);
  }

  return {
    /**
     * Stores a message's items with the others that come before the next
     * write; answers, once they are stored, how many were (an address the
     * table would not hold leaves its item out: `seenItemsOf`). They are
     * checked then, not as they come: checking 20,000 addresses as a board
     * loaded took the worker's time from the board.
     */
    record(columns: SeenColumns): Promise<number> {
      const now = clock.now();
      if (!waiting) {
        let stored!: () => void;
        let failed!: (error: unknown) => void;
        const done = new Promise<void>((resolve, reject) => {
          stored = resolve;
          failed = reject;
        });
        waiting = { told: [], size: 0, firstAt: now, lastAt: now, done, stored, failed };
      }
      const batch = waiting;
      const told: Told = { columns, stored: 0 };
      batch.told.push(told);
      batch.size += columns.ids.length;
      batch.lastAt = now;
      if (batch.size >= MAX_SEEN_ITEMS) check();
      else arm();
      return batch.done.then(() => told.stored);
    },
  };
}

/** When what waits is written, unless the table's cap comes first. */
function dueAt(waiting: Waiting): number {
  return Math.min(waiting.lastAt + SEEN_WRITE_QUIET_MS, waiting.firstAt + SEEN_WRITE_MAX_WAIT_MS);
}

/** The items of these messages that the table would hold, each once, as last seen; each message told how many were its. */
function latestSightings(told: readonly Told[]): SeenItem[] {
  const latest = new Map<string, SeenItem>();
  for (const message of told) {
    const items = seenItemsOf(message.columns);
    message.stored = items.length;
    for (const item of items) {
      const known = latest.get(item.id);
      if (!known || known.lastSeen <= item.lastSeen) latest.set(item.id, item);
    }
  }
  return [...latest.values()];
}

export type SeenWriter = ReturnType<typeof createSeenWriter>;
