import Dexie, { type ObservabilitySet } from 'dexie';
import type { ThroughlineDatabase } from '../db/database';
import { touchesTables } from '../db/table-changes';
import { type SeenWork, seenWork } from './seen-work';

interface CacheEntry {
  work: SeenWork[] | null;
  /** Bumped by every change, so a list read before a change is never kept. */
  generation: number;
}

/** Keyed by database name: every instance open on one database sees the same data. */
const entries = new Map<string, CacheEntry>();

// Dexie reports every committed change here, this context's at once and other pages' a moment later.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const [name, entry] of entries)
    if (touchesTables(name, parts, ['seenItems'])) {
      entry.work = null;
      entry.generation++;
    }
});

/**
 * The seen work (`seenWork` of every stored seen item), kept in the
 * background's memory until the seen items change: twenty thousand records
 * take longer to read than everything else the dashboard needs together.
 */
export async function cachedSeenWork(db: ThroughlineDatabase): Promise<readonly SeenWork[]> {
  let entry = entries.get(db.name);
  if (!entry) {
    entry = { work: null, generation: 0 };
    entries.set(db.name, entry);
  }
  if (entry.work) return entry.work;
  const generation = entry.generation;
  const work = seenWork(await db.seenItems.toArray());
  if (entry.generation === generation) entry.work = work;
  return work;
}
