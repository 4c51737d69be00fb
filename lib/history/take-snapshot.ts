import { localIsoDate } from '../catalogue/form-values';
import { readDashboardTables } from '../dashboard/dashboard-tables';
import { seenWork } from '../dashboard/seen-work';
import { annotate } from '../db/annotate';
import type { ThroughlineDatabase } from '../db/database';
import { createFactsCache } from '../db/facts-cache';
import { saveSnapshot } from '../db/snapshots';
import { createFactsLedger } from '../facts/facts-ledger';
import { MAX_ITEMS_PER_REQUEST } from '../messages/protocol';
import type { ItemAlignment } from '../model/annotation';
import type { Snapshot } from '../model/snapshot';
import { buildSnapshot } from './build-snapshot';

/**
 * Takes today's snapshot (the day in the browser's time zone) and stores
 * it, replacing one taken earlier today: the last one of a day stands for
 * it. Alignment comes from `annotate`, the resolver the pages and the
 * dashboard ask, with the stored facts of each item, in the same batches
 * the dashboard sends; nothing is fetched from a tracker for it.
 */
export async function takeSnapshot(db: ThroughlineDatabase, now: Date): Promise<Snapshot> {
  const deps = { db, facts: createFactsCache(db), ledger: createFactsLedger() };
  const tables = await readDashboardTables(db);
  const work = seenWork(tables.seenItems);
  const alignments = new Map<string, ItemAlignment[]>();
  for (let start = 0; start < work.length; start += MAX_ITEMS_PER_REQUEST) {
    const batch = work.slice(start, start + MAX_ITEMS_PER_REQUEST).map((item) => ({ id: item.id }));
    const result = await annotate(deps, batch, {
      now,
      staleAfterDays: tables.staleAfterDays,
      fetchingTrackers: [],
      canFetch: () => false,
    });
    for (const [id, its] of Object.entries(result.items)) alignments.set(id, its);
  }
  return saveSnapshot(db, buildSnapshot({ day: localIsoDate(now), now, tables, work, alignments }));
}

/** Takes today's snapshot unless one is stored: what a browser start does, so a day it runs is never missed. */
export async function takeSnapshotIfMissing(db: ThroughlineDatabase, now: Date): Promise<void> {
  if ((await db.snapshots.get(localIsoDate(now))) === undefined) await takeSnapshot(db, now);
}
