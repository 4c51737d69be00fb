import type { SeenItem } from '../model/seen-item';
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

/**
 * Remembers items the overlay saw, replacing what was known of each, and
 * forgets the least recently seen beyond the cap (down to SEEN_ITEMS_ROOM
 * below it). Timestamps come from `toISOString()`, all in UTC, so the index
 * orders them in time.
 */
export async function recordSeen(db: ThroughlineDatabase, items: readonly SeenItem[]): Promise<number> {
  return db.transaction('rw', db.seenItems, async () => {
    await db.seenItems.bulkPut([...items]);
    const bound = atMost.get(db);
    if (bound !== undefined && bound + items.length <= MAX_SEEN_ITEMS) {
      atMost.set(db, bound + items.length);
      return items.length;
    }
    const count = await db.seenItems.count();
    const excess = count > MAX_SEEN_ITEMS ? count - (MAX_SEEN_ITEMS - SEEN_ITEMS_ROOM) : 0;
    if (excess > 0) await db.seenItems.bulkDelete(await db.seenItems.orderBy('lastSeen').limit(excess).primaryKeys());
    atMost.set(db, count - excess);
    return items.length;
  });
}
