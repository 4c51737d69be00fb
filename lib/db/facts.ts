import type { ItemFacts } from '../model/item-facts';
import type { StoredFacts } from '../model/stored-facts';
import type { ThroughlineDatabase } from './database';
import { withoutUndefined } from './validate';

/** Items seen on every board of months, their parents and epics; the least recently seen go first beyond it. */
export const MAX_STORED_FACTS = 50_000;

export interface FactsUpdate {
  id: string;
  facts: ItemFacts;
}

/**
 * What the page shows adds to what is known: each fact the page gives
 * replaces the stored one, the others stay (a card shows the epic but not
 * the labels the tracker's API told).
 */
export function withPageFacts(stored: StoredFacts | undefined, update: FactsUpdate, now: Date): StoredFacts {
  return {
    id: update.id,
    facts: withoutUndefined({ ...stored?.facts, ...update.facts }),
    ...(stored?.fetchedAt !== undefined && { fetchedAt: stored.fetchedAt }),
    seenAt: now.toISOString(),
  };
}

/** The tracker's answer is the whole truth of what it covers: a label removed there is removed here. */
export function withFetchedFacts(update: FactsUpdate, now: Date): StoredFacts {
  const at = now.toISOString();
  return { id: update.id, facts: withoutUndefined(update.facts), fetchedAt: at, seenAt: at };
}

/**
 * Writes records, then forgets the least recently seen beyond the cap, in
 * one transaction; answers the ids forgotten. `countAfter`: how many records
 * the table holds once these are written, when the caller knows: counting
 * reads every key, and a board's first load writes a hundred batches.
 */
export async function storeFacts(
  db: ThroughlineDatabase,
  records: readonly StoredFacts[],
  countAfter?: number,
): Promise<string[]> {
  if (records.length === 0) return [];
  return db.transaction('rw', db.facts, async () => {
    await db.facts.bulkPut([...records]);
    const excess = (countAfter ?? (await db.facts.count())) - MAX_STORED_FACTS;
    if (excess <= 0) return [];
    const forgotten = await db.facts.orderBy('seenAt').limit(excess).primaryKeys();
    await db.facts.bulkDelete(forgotten);
    return forgotten;
  });
}
