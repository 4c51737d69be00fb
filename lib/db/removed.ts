import { UserError } from '../messages/user-error';
import { PACK_LISTS } from '../model/import-summary';
import { type CatalogueRecords, catalogueTable, catalogueTables } from './catalogue';
import type { ThroughlineDatabase } from './database';

/**
 * What a delete took away: the records it removed, and the records it
 * changed as they were before (an objective whose theme went, a link whose
 * target went). Putting all of them back undoes the delete exactly.
 */
export type Removed = CatalogueRecords;

/**
 * Undoes a delete in one transaction. Something created in the meantime may
 * stand in the way: a link of the same item and objective wins over the
 * removed one, while an objective now holding the removed one's code refuses
 * the undo, because one of the two would have to be renamed by a person.
 */
export async function restoreRemoved(db: ThroughlineDatabase, removed: Removed): Promise<void> {
  await db.transaction('rw', catalogueTables(db), async () => {
    for (const objective of removed.objectives) {
      const holders = await db.objectives.where('code').equalsIgnoreCase(objective.code).toArray();
      const other = holders.find((holder) => holder.id !== objective.id);
      if (other)
        throw new UserError(
          `Cannot undo: code "${objective.code}" is now used by "${other.title}". Rename one of them first.`,
        );
    }
    const links = [];
    for (const link of removed.links) {
      const holder = await db.links.where('[itemId+objectiveId]').equals([link.itemId, link.objectiveId]).first();
      if (holder === undefined || holder.id === link.id) links.push(link);
    }
    for (const list of PACK_LISTS) await catalogueTable(db, list).bulkPut(list === 'links' ? links : removed[list]);
  });
}
