import type { ThroughlineDatabase } from '../db/database';
import { buildLinkRows, type LinkRow } from './link-rows';

/**
 * The first `limit` rows of the Links view, read through the index in list
 * order with only the objectives, targets and seen items they need: what
 * the view shows while the whole tables load, which with tens of thousands
 * of links takes many times longer.
 */
export async function firstLinkRows(db: ThroughlineDatabase, limit: number): Promise<LinkRow[]> {
  return db.transaction('r', [db.links, db.objectives, db.benefitTargets, db.seenItems], async () => {
    const links = await db.links.orderBy('[itemId+objectiveId]').limit(limit).toArray();
    const targetIds = links.flatMap((link) => (link.targetId === undefined ? [] : [link.targetId]));
    const [objectives, targets, seenItems] = await Promise.all([
      db.objectives.bulkGet(unique(links.map((link) => link.objectiveId))),
      db.benefitTargets.bulkGet(unique(targetIds)),
      db.seenItems.bulkGet(unique(links.map((link) => link.itemId))),
    ]);
    return buildLinkRows(links, present(objectives), present(targets), present(seenItems));
  });
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function present<T>(records: readonly (T | undefined)[]): T[] {
  return records.filter((record) => record !== undefined);
}
