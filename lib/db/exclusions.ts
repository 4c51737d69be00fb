import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import { type Exclusion, ExclusionSchema } from '../model/exclusion';
import { layerOf } from '../model/layer';
import type { Link } from '../model/link';
import type { ThroughlineDatabase } from './database';
import { validated } from './validate';

export interface ExclusionInput {
  itemId: string;
  objectiveId: string;
  note?: string;
}

function findExclusion(db: ThroughlineDatabase, itemId: string, objectiveId: string) {
  return db.exclusions.where('[itemId+objectiveId]').equals([itemId, objectiveId]).first();
}

/**
 * Says an item does not serve an objective, whatever rules or its ancestors
 * say. A link of the item to the objective says the opposite, so it goes, and
 * comes back in the answer for undo. Excluding twice keeps the first.
 */
export async function excludeItem(
  db: ThroughlineDatabase,
  input: ExclusionInput,
  now: Date,
): Promise<{ exclusion: Exclusion; created: boolean; removedLink: Link | null }> {
  const exclusion = validated(
    ExclusionSchema,
    { id: `ex-${crypto.randomUUID()}`, ...input, createdAt: now.toISOString() },
    t('record_exclusion'),
  );
  return db.transaction('rw', [db.exclusions, db.links, db.objectives], async () => {
    if (!(await db.objectives.get(exclusion.objectiveId)))
      throw new UserError(t('dbRefusal_objectiveGone', exclusion.objectiveId));
    const link = await db.links.where('[itemId+objectiveId]').equals([exclusion.itemId, exclusion.objectiveId]).first();
    // A pack's link is read-only, and links win over exclusions: excluding would change nothing.
    if (link && layerOf(link) !== undefined)
      throw new UserError(t('dbRefusal_layeredLinkNotExcluded', exclusion.itemId));
    if (link) await db.links.delete(link.id);
    const existing = await findExclusion(db, exclusion.itemId, exclusion.objectiveId);
    if (existing) return { exclusion: existing, created: false, removedLink: link ?? null };
    await db.exclusions.add(exclusion);
    return { exclusion, created: true, removedLink: link ?? null };
  });
}

/** Lifts an exclusion; answers it so that it can be put back. */
export async function removeExclusion(
  db: ThroughlineDatabase,
  itemId: string,
  objectiveId: string,
): Promise<Exclusion | null> {
  return db.transaction('rw', db.exclusions, async () => {
    const existing = await findExclusion(db, itemId, objectiveId);
    if (!existing) return null;
    if (layerOf(existing) !== undefined) throw new UserError(t('dbRefusal_layeredExclusion'));
    await db.exclusions.delete(existing.id);
    return existing;
  });
}

/** Lifts the exclusion of a pair being linked: a link and an exclusion of one pair would contradict. */
export async function clearExclusion(db: ThroughlineDatabase, itemId: string, objectiveId: string) {
  const existing = await findExclusion(db, itemId, objectiveId);
  // A subscribed pack's exclusion stays (its layer is read-only); the new link wins over it anyway.
  if (!existing || layerOf(existing) !== undefined) return null;
  await db.exclusions.delete(existing.id);
  return existing;
}

/**
 * Puts lifted exclusions back (an undo). Each must still make sense: its
 * objective exists, and the pair is neither excluded again nor linked since
 * (the later statement wins). Answers how many came back.
 */
export async function restoreExclusions(db: ThroughlineDatabase, exclusions: readonly Exclusion[]): Promise<number> {
  return db.transaction('rw', [db.exclusions, db.links, db.objectives], async () => {
    const restored: Exclusion[] = [];
    for (const exclusion of exclusions) {
      const pair = [exclusion.itemId, exclusion.objectiveId];
      const [objective, excluded, linked, holder] = await Promise.all([
        db.objectives.get(exclusion.objectiveId),
        db.exclusions.where('[itemId+objectiveId]').equals(pair).first(),
        db.links.where('[itemId+objectiveId]').equals(pair).first(),
        db.exclusions.get(exclusion.id),
      ]);
      if (!objective || excluded || linked || holder) continue;
      if (restored.some((other) => other.itemId === exclusion.itemId && other.objectiveId === exclusion.objectiveId))
        continue;
      restored.push(exclusion);
    }
    await db.exclusions.bulkAdd(restored);
    return restored.length;
  });
}
