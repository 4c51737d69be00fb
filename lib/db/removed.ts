import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import { PACK_LISTS, type PackList } from '../model/import-summary';
import { layerOf } from '../model/layer';
import { packIntegrityProblems } from '../model/pack';
import { REFERENCES } from '../model/references';
import {
  type CatalogueRecord,
  type CatalogueRecords,
  catalogueTable,
  catalogueTables,
  readCatalogue,
} from './catalogue';
import type { ThroughlineDatabase } from './database';
import { changedFields } from './pack-diff';

/**
 * What a delete took away: the records it removed, and the records it
 * changed as they were before (an objective whose theme went, a link whose
 * target went). Putting all of them back undoes the delete exactly.
 */
export type Removed = CatalogueRecords;

/** Whether `current` is `before` with nothing changed but references the delete cleared. */
function onlyLostReferences(list: PackList, before: CatalogueRecord, current: CatalogueRecord): boolean {
  const now = current as unknown as Record<string, unknown>;
  return changedFields(before, current).every((field) =>
    REFERENCES[list].some((reference) => reference.field === field && reference.optional && now[field] == null),
  );
}

/**
 * The records of `removed` that an undo may put back: those still gone, and
 * those still exactly as the delete left them. A record edited since keeps
 * the edit; a record now held by a subscribed pack stays as the pack has it;
 * a link whose item and objective were linked again meanwhile stays out.
 */
export function restorablePart(stored: CatalogueRecords, removed: Removed): CatalogueRecords {
  const part = {} as Record<PackList, CatalogueRecord[]>;
  for (const list of PACK_LISTS) {
    const storedById = new Map(stored[list].map((record) => [record.id, record]));
    const pairs =
      list === 'links' ? new Set(stored.links.map((link) => `${link.itemId} ${link.objectiveId}`)) : new Set<string>();
    part[list] = (removed[list] as readonly CatalogueRecord[]).filter((record) => {
      const current = storedById.get(record.id);
      if (current === undefined) {
        if (list !== 'links') return true;
        const link = record as CatalogueRecords['links'][number];
        return !pairs.has(`${link.itemId} ${link.objectiveId}`);
      }
      return layerOf(current) === undefined && onlyLostReferences(list, record, current);
    });
  }
  return part as unknown as CatalogueRecords;
}

/**
 * Undoes a delete in one transaction, checked like an import: what it puts
 * back must leave the whole catalogue consistent (no reference to a record
 * that is gone, no parent cycle, no code used twice), or nothing changes.
 */
export async function restoreRemoved(db: ThroughlineDatabase, removed: Removed): Promise<void> {
  await db.transaction('rw', catalogueTables(db), async () => {
    for (const objective of removed.objectives) {
      const holders = await db.objectives.where('code').equalsIgnoreCase(objective.code).toArray();
      const other = holders.find((holder) => holder.id !== objective.id);
      if (other) throw new UserError(t('removed_undoCodeTaken', objective.code, other.title));
    }
    const stored = await readCatalogue(db);
    const part = restorablePart(stored, removed);
    checkRestoredCatalogue(stored, part);
    for (const list of PACK_LISTS) await catalogueTable(db, list).bulkPut([...part[list]]);
  });
}

/** Refuses a restore that would leave the catalogue inconsistent, naming each problem and the restored record. */
export function checkRestoredCatalogue(stored: CatalogueRecords, restored: CatalogueRecords): void {
  const combined = {} as Record<PackList, CatalogueRecord[]>;
  for (const list of PACK_LISTS) {
    const ids = new Set((restored[list] as readonly CatalogueRecord[]).map((record) => record.id));
    combined[list] = [...restored[list], ...stored[list].filter((record) => !ids.has(record.id))];
  }
  const problems = packIntegrityProblems(combined as unknown as CatalogueRecords).map((problem) => {
    const [list, index, ...rest] = problem.path;
    const record = combined[list as PackList]?.[index as number];
    const code = (record as { code?: string } | undefined)?.code;
    return `${String(list)} "${code ?? record?.id ?? '?'}"${rest.map((part) => `.${part}`).join('')}: ${problem.message}`;
  });
  if (problems.length > 0) throw new UserError(`${t('removed_undoWouldBreak')}\n${problems.slice(0, 20).join('\n')}`);
}
