import type { StoredFacts } from '../model/stored-facts';
import type { ThroughlineDatabase } from './database';
import { type FactsUpdate, storeFacts, withFetchedFacts, withPageFacts } from './facts';

/**
 * The background's copy of stored facts: every annotate reads the facts of
 * the items it is asked about and of their ancestors, so they are kept in
 * memory once read, and written back only when they change. The background
 * is the only writer of the table, so the copy cannot go stale; a worker
 * that restarts starts empty and reads again.
 */
export function createFactsCache(db: ThroughlineDatabase) {
  const known = new Map<string, StoredFacts | null>();
  let writing: Promise<void> = Promise.resolve();

  const persist = (records: StoredFacts[]) => {
    if (records.length === 0) return writing;
    writing = writing
      .then(() => storeFacts(db, records))
      .catch((error: unknown) => {
        console.warn('Throughline: could not store item facts', error);
      });
    return writing;
  };

  return {
    /** Reads the records of the ids not read yet. */
    async load(ids: readonly string[]): Promise<void> {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      if (missing.length === 0) return;
      const records = await db.facts.bulkGet(missing);
      missing.forEach((id, index) => {
        if (!known.has(id)) known.set(id, records[index] ?? null);
      });
    },

    get(id: string): StoredFacts | undefined {
      return known.get(id) ?? undefined;
    },

    /** What the page showed; loaded ids only. Answers once written (callers need not wait). */
    addPageFacts(updates: readonly FactsUpdate[], now: Date): Promise<void> {
      const changed: StoredFacts[] = [];
      for (const update of updates) {
        const stored = known.get(update.id) ?? undefined;
        const next = withPageFacts(stored, update, now);
        // Rescans repeat what the page shows: only a change (or a day-old sighting) is written.
        if (stored && sameFacts(stored, next) && Date.parse(next.seenAt) - Date.parse(stored.seenAt) < 86_400_000)
          continue;
        known.set(update.id, next);
        changed.push(next);
      }
      return persist(changed);
    },

    /** What the tracker answered. */
    addFetchedFacts(updates: readonly FactsUpdate[], now: Date): Promise<void> {
      const records = updates.map((update) => withFetchedFacts(update, now));
      for (const record of records) known.set(record.id, record);
      return persist(records);
    },

    /** Forgets the copy, for a database replaced from outside (an import that brings no facts changes nothing here). */
    clear(): void {
      known.clear();
    },
  };
}
export type FactsCache = ReturnType<typeof createFactsCache>;

function sameFacts(a: StoredFacts, b: StoredFacts): boolean {
  return JSON.stringify(a.facts) === JSON.stringify(b.facts) && a.fetchedAt === b.fetchedAt;
}
