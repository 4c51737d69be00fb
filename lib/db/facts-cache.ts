import { sameFacts } from '../facts/same-facts';
import type { StoredFacts } from '../model/stored-facts';
import type { ThroughlineDatabase } from './database';
import { type FactsUpdate, storeFacts, withFetchedFacts, withPageFacts } from './facts';

/**
 * The background's copy of stored facts: every annotate reads the facts of
 * the items it is asked about and of their ancestors, so they are kept in
 * memory once read, and written back only when they change. The background
 * is the only writer of the table, so the copy cannot go stale; a worker
 * that restarts starts empty and reads again.
 *
 * Which ids the table holds is read once, in one request, and kept as
 * records are written and forgotten: an item the table does not hold (every
 * card of a board seen for the first time) is not read, and the cap needs no
 * count. Reading each such item took the worker 1.1 s of a 20,000-card
 * board's first load, one IndexedDB request each.
 */
export function createFactsCache(db: ThroughlineDatabase) {
  const known = new Map<string, StoredFacts | null>();
  let writing: Promise<void> = Promise.resolve();
  let storedIds: Promise<Set<string>> | null = null;

  /** The ids the table holds; null when they could not be read (each missing record is read then, as it always could be). */
  function stored(): Promise<Set<string> | null> {
    storedIds ??= db.facts
      .toCollection()
      .primaryKeys()
      .then((keys) => new Set(keys));
    return storedIds.catch(() => {
      storedIds = null;
      return null;
    });
  }

  const persist = (records: StoredFacts[]) => {
    if (records.length === 0) return writing;
    writing = writing
      .then(async () => {
        const ids = await stored();
        if (ids === null) {
          await storeFacts(db, records);
          return;
        }
        const added = new Set(records.map((record) => record.id).filter((id) => !ids.has(id)));
        const forgotten = await storeFacts(db, records, ids.size + added.size);
        for (const id of added) ids.add(id);
        for (const id of forgotten) ids.delete(id);
      })
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
      const inTable = await stored();
      const toRead: string[] = [];
      for (const id of missing) {
        // Records written meanwhile are known already: they were kept before they were written.
        if (known.has(id)) continue;
        if (inTable === null || inTable.has(id)) toRead.push(id);
        else known.set(id, null);
      }
      if (toRead.length === 0) return;
      const records = await db.facts.bulkGet(toRead);
      toRead.forEach((id, index) => {
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
        if (stored && sameRecord(stored, next) && Date.parse(next.seenAt) - Date.parse(stored.seenAt) < 86_400_000)
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
  };
}
export type FactsCache = ReturnType<typeof createFactsCache>;

function sameRecord(a: StoredFacts, b: StoredFacts): boolean {
  return sameFacts(a.facts, b.facts) && a.fetchedAt === b.fetchedAt;
}
