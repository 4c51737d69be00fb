import { foldHistory, type HistoryState, keepChanges, thinHistory } from '../history/history';
import type { Snapshot } from '../model/snapshot';
import type { ThroughlineDatabase } from './database';

/** The whole history, oldest first. */
export function readHistory(db: ThroughlineDatabase): Promise<Snapshot[]> {
  return db.snapshots.orderBy('day').toArray();
}

/**
 * What this context knows of the history since it last saved a day: enough
 * to save that day again without reading the history. Read whole, two
 * years of snapshots for five thousand targets took 400 ms of the
 * background's time, and the dashboard retakes the day's snapshot each time
 * it opens. Believed only while the stored history still looks as this
 * save left it (`stillAsSaved`): another context may have replaced it
 * (an import, a restore).
 */
interface SavedDay {
  day: string;
  /** How many snapshots the history held after the save. */
  count: number;
  /** When the stored snapshots of that day and of the day before it were taken. */
  takenAt: string;
  previous: string | undefined;
  /** The history before that day, folded, as the next save of the day folds it. */
  before: HistoryState;
}

const savedDays = new WeakMap<ThroughlineDatabase, SavedDay>();

/**
 * Stores a day's full snapshot, replacing an earlier one of the same day,
 * and thins the history. Only the targets and objectives that changed
 * since the days before are kept in it. One transaction, so
 * the history never holds half a thinning.
 */
export async function saveSnapshot(db: ThroughlineDatabase, snapshot: Snapshot): Promise<Snapshot> {
  return db.transaction('rw', db.snapshots, async () => {
    const saved = savedDays.get(db);
    // The same day again, as this context left it: its thinning is done, and the days before are known.
    if (saved?.day === snapshot.day && (await stillAsSaved(db, saved))) {
      const stored = keepChanges(snapshot, saved.before);
      await db.snapshots.put(stored);
      savedDays.set(db, { ...saved, takenAt: stored.takenAt });
      return stored;
    }
    savedDays.delete(db);
    const history = await readHistory(db);
    const before = history.filter((stored) => stored.day < snapshot.day);
    const folded = foldHistory(before);
    const stored = keepChanges(snapshot, folded);
    const { kept, removed } = thinHistory(
      [...before, stored, ...history.filter((other) => other.day > snapshot.day)],
      snapshot.day,
    );
    const unchanged = new Set(history);
    await db.snapshots.bulkDelete(removed);
    await db.snapshots.bulkPut(kept.filter((other) => !unchanged.has(other)));
    // Thinning may have passed the changes of days it removed on to the day saved: fold what is stored.
    const keptBefore = kept.filter((other) => other.day < snapshot.day);
    savedDays.set(db, {
      day: snapshot.day,
      count: kept.length,
      takenAt: stored.takenAt,
      previous: keptBefore.at(-1)?.takenAt,
      before: removed.length === 0 ? folded : foldHistory(keptBefore),
    });
    return stored;
  });
}

async function stillAsSaved(db: ThroughlineDatabase, saved: SavedDay): Promise<boolean> {
  const [count, day, previous] = await Promise.all([
    db.snapshots.count(),
    db.snapshots.get(saved.day),
    db.snapshots.where('day').below(saved.day).last(),
  ]);
  return count === saved.count && day?.takenAt === saved.takenAt && previous?.takenAt === saved.previous;
}

/** Puts a whole history in place of the stored one (a backup restored, a pack imported). */
export async function replaceHistory(db: ThroughlineDatabase, history: readonly Snapshot[]): Promise<void> {
  await db.snapshots.clear();
  await db.snapshots.bulkAdd([...history]);
}
