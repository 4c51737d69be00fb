import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import type { Exclusion } from '../model/exclusion';
import { layerOf } from '../model/layer';
import { type Link, LinkSchema } from '../model/link';
import type { ThroughlineDatabase } from './database';
import { clearExclusion } from './exclusions';
import { useReceipts } from './link-receipts';
import { validated } from './validate';

export interface LinkInput {
  itemId: string;
  objectiveId: string;
  targetId?: string;
  note?: string;
  createdBy?: string;
}

function newLinkId(): string {
  return `ln-${crypto.randomUUID()}`;
}

/** Refuses a link to an objective that does not exist, or to a target of another objective. */
async function checkLinkTarget(db: ThroughlineDatabase, objectiveId: string, targetId: string | undefined) {
  const objective = await db.objectives.get(objectiveId);
  if (!objective) throw new UserError(t('dbRefusal_noObjectiveToLink', objectiveId));
  if (targetId === undefined) return;
  const target = await db.benefitTargets.get(targetId);
  if (!target) throw new UserError(t('dbRefusal_targetGone', targetId));
  if (target.objectiveId !== objectiveId)
    throw new UserError(t('dbRefusal_targetOfOther', target.name, objective.code));
}

function findLink(db: ThroughlineDatabase, itemId: string, objectiveId: string): Promise<Link | undefined> {
  return db.links.where('[itemId+objectiveId]').equals([itemId, objectiveId]).first();
}

/**
 * Links one item to one objective. Linking again is harmless: the existing
 * link comes back (`created: false`), taking any target or note given. An
 * exclusion of the pair is lifted, as the link says the opposite; it comes
 * back in the answer so that an undo can put it back.
 */
export async function linkItem(
  db: ThroughlineDatabase,
  input: LinkInput,
  now: Date,
): Promise<{ link: Link; created: boolean; unexcluded: Exclusion | null }> {
  const link = validated(LinkSchema, { id: newLinkId(), ...input, createdAt: now.toISOString() }, t('record_link'));
  return db.transaction('rw', [db.links, db.objectives, db.benefitTargets, db.exclusions], async () => {
    await checkLinkTarget(db, link.objectiveId, link.targetId);
    const unexcluded = await clearExclusion(db, link.itemId, link.objectiveId);
    const existing = await findLink(db, link.itemId, link.objectiveId);
    if (!existing) {
      await db.links.add(link);
      return { link, created: true, unexcluded };
    }
    const updated: Link = {
      ...existing,
      ...(link.targetId !== undefined && { targetId: link.targetId }),
      ...(link.note !== undefined && { note: link.note }),
    };
    if (updated.targetId !== existing.targetId || updated.note !== existing.note) await db.links.put(updated);
    return { link: updated, created: false, unexcluded };
  });
}

/** A link of a subscribed pack changes only with its pack. */
function refuseLayered(link: Link): void {
  if (layerOf(link) !== undefined) throw new UserError(t('dbRefusal_layeredLink', link.itemId, link.objectiveId));
}

/** Removes one item's link to one objective; answers the removed link so it can be restored. */
export async function unlinkItem(db: ThroughlineDatabase, itemId: string, objectiveId: string): Promise<Link | null> {
  return db.transaction('rw', db.links, async () => {
    const existing = await findLink(db, itemId, objectiveId);
    if (!existing) return null;
    refuseLayered(existing);
    await db.links.delete(existing.id);
    return existing;
  });
}

/**
 * Links many items at once; answers the links it created and the exclusions
 * it lifted, which are what an undo removes and puts back.
 */
export async function linkMany(
  db: ThroughlineDatabase,
  itemIds: readonly string[],
  objectiveId: string,
  targetId: string | undefined,
  now: Date,
): Promise<{ created: Link[]; unexcluded: Exclusion[] }> {
  const createdAt = now.toISOString();
  const candidates = new Map<string, Link>();
  const what = t('record_links');
  for (const itemId of itemIds) {
    const link = validated(
      LinkSchema,
      { id: newLinkId(), itemId, objectiveId, ...(targetId !== undefined && { targetId }), createdAt },
      what,
    );
    candidates.set(link.itemId, link);
  }
  return db.transaction('rw', [db.links, db.objectives, db.benefitTargets, db.exclusions], async () => {
    await checkLinkTarget(db, objectiveId, targetId);
    const pairs = [...candidates.keys()].map((itemId) => [itemId, objectiveId]);
    const existing = await db.links.where('[itemId+objectiveId]').anyOf(pairs).toArray();
    for (const link of existing) candidates.delete(link.itemId);
    const unexcluded = await db.exclusions.where('[itemId+objectiveId]').anyOf(pairs).toArray();
    await db.exclusions.bulkDelete(unexcluded.map((exclusion) => exclusion.id));
    const created = [...candidates.values()];
    await db.links.bulkAdd(created);
    return { created, unexcluded };
  });
}

/**
 * Removes links by id (the undo of a link); ids already gone are skipped.
 * `allowed` refuses links the sender may not touch, before anything changes.
 */
export async function removeLinks(
  db: ThroughlineDatabase,
  linkIds: readonly string[],
  allowed: (link: Link) => boolean = () => true,
): Promise<Link[]> {
  return db.transaction('rw', db.links, async () => {
    const removed = (await db.links.bulkGet([...linkIds])).filter((link) => link !== undefined);
    for (const link of removed) {
      refuseLayered(link);
      if (!allowed(link)) throw new UserError(t('dbRefusal_linkOfOtherSite', link.id));
    }
    await db.links.bulkDelete(removed.map((link) => link.id));
    return removed;
  });
}

/**
 * Puts removed links back (the undo of an unlink). A pair linked again in the
 * meantime is skipped, and so is an id in use again: a restore never
 * overwrites. A target deleted in the meantime is dropped from the link
 * rather than refusing the undo; a deleted objective refuses it, as the link
 * would point at nothing. A content script restores only what it removed
 * itself (`receiptsOf` names its page's origin).
 */
export async function restoreLinks(
  db: ThroughlineDatabase,
  links: readonly Link[],
  receiptsOf?: { origin: string; now: Date },
): Promise<number> {
  return db.transaction('rw', [db.links, db.objectives, db.benefitTargets, db.linkReceipts], async () => {
    if (receiptsOf) await useReceipts(db, links, receiptsOf.origin, receiptsOf.now);
    const objectiveIds = [...new Set(links.map((link) => link.objectiveId))];
    const objectives = await db.objectives.bulkGet(objectiveIds);
    const missing = objectiveIds.filter((_, index) => objectives[index] === undefined);
    if (missing.length > 0)
      throw new UserError(t('dbRefusal_restoreToDeleted', missing.map((id) => `"${id}"`).join(', ')));
    const targetIds = [...new Set(links.flatMap((link) => (link.targetId !== undefined ? [link.targetId] : [])))];
    const targetObjective = new Map(
      (await db.benefitTargets.bulkGet(targetIds)).flatMap((target) =>
        target ? [[target.id, target.objectiveId]] : [],
      ),
    );
    const taken = new Set(
      (
        await db.links
          .where('[itemId+objectiveId]')
          .anyOf(links.map((link) => [link.itemId, link.objectiveId]))
          .toArray()
      ).map((link) => `${link.itemId} ${link.objectiveId}`),
    );
    const usedIds = new Set(
      (await db.links.bulkGet(links.map((link) => link.id))).flatMap((link) => (link ? [link.id] : [])),
    );
    const restored: Link[] = [];
    for (const link of links) {
      const pair = `${link.itemId} ${link.objectiveId}`;
      if (taken.has(pair) || usedIds.has(link.id)) continue;
      taken.add(pair);
      const { targetId, ...rest } = link;
      const targetHolds = targetId !== undefined && targetObjective.get(targetId) === link.objectiveId;
      restored.push(targetHolds ? link : rest);
    }
    await db.links.bulkAdd(restored);
    return restored.length;
  });
}
