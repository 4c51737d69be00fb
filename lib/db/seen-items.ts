import type { SeenItem } from '../model/seen-item';
import type { ThroughlineDatabase } from './database';

/** Enough for every board a person browses in months, small enough to scan for the dashboard. */
export const MAX_SEEN_ITEMS = 20_000;

/**
 * Remembers items the overlay saw, replacing what was known of each, and
 * forgets the least recently seen beyond the cap. Timestamps come from
 * `toISOString()`, all in UTC, so the index orders them in time.
 */
export async function recordSeen(db: ThroughlineDatabase, items: readonly SeenItem[]): Promise<number> {
  return db.transaction('rw', db.seenItems, async () => {
    await db.seenItems.bulkPut([...items]);
    const excess = (await db.seenItems.count()) - MAX_SEEN_ITEMS;
    if (excess > 0) await db.seenItems.bulkDelete(await db.seenItems.orderBy('lastSeen').limit(excess).primaryKeys());
    return items.length;
  });
}
