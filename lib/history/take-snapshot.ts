import { localIsoDate } from '../catalogue/form-values';
import { readWorkState } from '../dashboard/work-state';
import type { AnnotateDeps } from '../db/annotate';
import type { ThroughlineDatabase } from '../db/database';
import { createFactsCache } from '../db/facts-cache';
import { saveSnapshot } from '../db/snapshots';
import { createFactsLedger } from '../facts/facts-ledger';
import type { Snapshot } from '../model/snapshot';
import { buildSnapshot } from './build-snapshot';

/**
 * Takes today's snapshot (the day in the browser's time zone) and stores
 * it, replacing one taken earlier today: the last one of a day stands for
 * it. It counts the work state the dashboard shows (`readWorkState`), so
 * a snapshot taken while the dashboard is open says what it shows. `deps`
 * are the background's own when it has them, so facts already read are not
 * read again.
 */
export async function takeSnapshot(
  db: ThroughlineDatabase,
  now: Date,
  deps: AnnotateDeps = { db, facts: createFactsCache(db), ledger: createFactsLedger() },
): Promise<Snapshot> {
  const state = await readWorkState(deps, now);
  return saveSnapshot(db, buildSnapshot({ day: localIsoDate(now), now, state }));
}

/** Takes today's snapshot unless one is stored: what a browser start does, so a day it runs is never missed. */
export async function takeSnapshotIfMissing(db: ThroughlineDatabase, now: Date): Promise<void> {
  if ((await db.snapshots.get(localIsoDate(now))) === undefined) await takeSnapshot(db, now);
}
