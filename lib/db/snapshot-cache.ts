import Dexie, { type ObservabilitySet } from 'dexie';
import { type AlignmentSnapshot, readAlignmentSnapshot } from './alignment-snapshot';
import type { ThroughlineDatabase } from './database';
import { touchesTables } from './table-changes';

const SNAPSHOT_TABLES = ['links', 'rules', 'exclusions', 'objectives', 'themes', 'benefitTargets', 'measurements'];

interface CacheEntry {
  snapshot: AlignmentSnapshot | null;
  building: Promise<void> | null;
  /** Bumped by every change, so a snapshot read before a change is never kept. */
  generation: number;
}

/** Keyed by database name: every instance open on one database sees the same data. */
const entries = new Map<string, CacheEntry>();

// Dexie reports every committed change here: those of this context at once, and those of other
// extension pages over a BroadcastChannel a moment later. Either drops the snapshot.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const [name, entry] of entries)
    if (touchesTables(name, parts, SNAPSHOT_TABLES)) {
      entry.snapshot = null;
      entry.generation++;
    }
});

function entryOf(db: ThroughlineDatabase): CacheEntry {
  let entry = entries.get(db.name);
  if (!entry) {
    entry = { snapshot: null, building: null, generation: 0 };
    entries.set(db.name, entry);
  }
  return entry;
}

/** The in-memory snapshot of the database, if one is current. */
export function currentSnapshot(db: ThroughlineDatabase): AlignmentSnapshot | null {
  return entries.get(db.name)?.snapshot ?? null;
}

/**
 * Reads the snapshot that lets `annotate` answer from memory, unless one is
 * current or on its way. Resolves when done; a change made meanwhile
 * discards the result, and a failed read leaves annotating on IndexedDB.
 */
export function warmAnnotations(db: ThroughlineDatabase): Promise<void> {
  const entry = entryOf(db);
  if (entry.snapshot) return Promise.resolve();
  if (!entry.building) {
    const generation = entry.generation;
    entry.building = readAlignmentSnapshot(db)
      .then((snapshot) => {
        if (entry.generation === generation) entry.snapshot = snapshot;
      })
      .catch(() => {})
      .finally(() => {
        entry.building = null;
      });
  }
  return entry.building;
}
