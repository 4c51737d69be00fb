import { foldHistory, keepChanges, thinHistory } from '../history/history';
import type { Snapshot } from '../model/snapshot';
import type { ThroughlineDatabase } from './database';

/** The whole history, oldest first. */
export function readHistory(db: ThroughlineDatabase): Promise<Snapshot[]> {
  return db.snapshots.orderBy('day').toArray();
}

/**
 * Stores a day's full snapshot, replacing an earlier one of the same day,
 * and thins the history. Only the targets and objectives that changed
 * since the days before are kept in it. One transaction, so
 * the history never holds half a thinning.
 */
export async function saveSnapshot(db: ThroughlineDatabase, snapshot: Snapshot): Promise<Snapshot> {
  return db.transaction('rw', db.snapshots, async () => {
    const history = await readHistory(db);
    const before = history.filter((stored) => stored.day < snapshot.day);
    const stored = keepChanges(snapshot, foldHistory(before));
    const { kept, removed } = thinHistory(
      [...before, stored, ...history.filter((other) => other.day > snapshot.day)],
      snapshot.day,
    );
    const unchanged = new Set(history);
    await db.snapshots.bulkDelete(removed);
    await db.snapshots.bulkPut(kept.filter((other) => !unchanged.has(other)));
    return stored;
  });
}

/** Puts a whole history in place of the stored one (a backup restored, a pack imported). */
export async function replaceHistory(db: ThroughlineDatabase, history: readonly Snapshot[]): Promise<void> {
  await db.snapshots.clear();
  await db.snapshots.bulkAdd([...history]);
}
