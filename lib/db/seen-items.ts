import type { SeenItem } from '../model/seen-item';
import { SEEN_REFRESH_MS } from '../model/seen-refresh';
import type { ThroughlineDatabase } from './database';

/** Enough for every board a person browses in months, small enough to scan for the dashboard. */
export const MAX_SEEN_ITEMS = 20_000;
/**
 * How far below the cap the table is trimmed once it is past it: the writes
 * that follow need no count until they could have filled that room.
 */
export const SEEN_ITEMS_ROOM = 1_000;

/**
 * Per database, at most how many items the table holds: its count when last
 * counted, plus every item written since (some replaced what was there).
 * Counting a table of 20,000 took the worker about 20 ms a write, and a
 * board's load writes a batch every few hundred milliseconds. The worker is
 * the table's only writer; one that restarts counts again.
 */
const atMost = new WeakMap<ThroughlineDatabase, number>();

/** What the table holds of an item, as this worker last wrote it. */
interface Written {
  title: string | undefined;
  status: string | undefined;
  url: string;
  /** Its `lastSeen`, ms. */
  seenAt: number;
}

/**
 * Per database, what this worker wrote of each item it wrote, while the
 * table holds it. A 20,000-card board hands over every card each time it is
 * loaded, and writing them all again took the browser's database 1.2-3.5 s
 * of both cores (a reload of the board then loaded beside it). The worker is
 * the table's only writer, so what it wrote is what the table holds; one
 * that restarts writes everything once again.
 */
const written = new WeakMap<ThroughlineDatabase, Map<string, Written>>();

/** Whether the table already holds this item as seen now: the same title, status and address, seen lately. */
function holds(known: Written | undefined, item: SeenItem): boolean {
  return (
    known !== undefined &&
    known.title === item.title &&
    known.status === item.status &&
    known.url === item.url &&
    Date.parse(item.lastSeen) - known.seenAt < SEEN_REFRESH_MS
  );
}

/**
 * Remembers items the overlay saw, replacing what was known of each, and
 * forgets the least recently seen beyond the cap (down to SEEN_ITEMS_ROOM
 * below it). An item the table holds as it is now, seen within
 * SEEN_REFRESH_MS, is not written again: its last sighting is known to that
 * precision, as a tab's own are (overlay/seen-queue.ts). Timestamps come
 * from `toISOString()`, all in UTC, so the index orders them in time.
 * Answers how many items were given.
 */
export async function recordSeen(db: ThroughlineDatabase, items: readonly SeenItem[]): Promise<number> {
  const known = written.get(db) ?? new Map<string, Written>();
  written.set(db, known);
  const changed = items.filter((item) => !holds(known.get(item.id), item));
  if (changed.length === 0) return items.length;
  const forgotten = await db.transaction('rw', db.seenItems, async () => {
    await db.seenItems.bulkPut(changed);
    const bound = atMost.get(db);
    if (bound !== undefined && bound + changed.length <= MAX_SEEN_ITEMS) {
      atMost.set(db, bound + changed.length);
      return [];
    }
    const count = await db.seenItems.count();
    const excess = count > MAX_SEEN_ITEMS ? count - (MAX_SEEN_ITEMS - SEEN_ITEMS_ROOM) : 0;
    const oldest = excess > 0 ? await db.seenItems.orderBy('lastSeen').limit(excess).primaryKeys() : [];
    if (oldest.length > 0) await db.seenItems.bulkDelete(oldest);
    atMost.set(db, count - excess);
    return oldest;
  });
  // Once the transaction has committed: a write that failed leaves the table, and so this, as they were.
  for (const item of changed)
    known.set(item.id, { title: item.title, status: item.status, url: item.url, seenAt: Date.parse(item.lastSeen) });
  for (const id of forgotten) known.delete(id);
  return items.length;
}
