import type { Table } from 'dexie';
import type { BenefitTarget } from '../model/benefit-target';
import { PACK_LISTS, type PackList } from '../model/import-summary';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import type { Pack } from '../model/pack';
import type { Theme } from '../model/theme';
import type { ThroughlineDatabase } from './database';

/** The catalogue as lists of records, the shape a pack and an undo both have. */
export type CatalogueRecords = Pick<Pack, PackList>;
export type CatalogueRecord = CatalogueRecords[PackList][number];

export function emptyCatalogue(): CatalogueRecords {
  return Object.fromEntries(PACK_LISTS.map((list) => [list, []])) as unknown as CatalogueRecords;
}

/** The table holding a pack list; tables are named after the lists so the two never drift apart. */
export function catalogueTable(db: ThroughlineDatabase, list: PackList): Table<CatalogueRecord, string> {
  return db.table(list);
}

export function catalogueTables(db: ThroughlineDatabase): Table<CatalogueRecord, string>[] {
  return PACK_LISTS.map((list) => catalogueTable(db, list));
}

/** Every stored catalogue record, of every layer; call inside a transaction that covers the catalogue tables. */
export async function readCatalogue(db: ThroughlineDatabase): Promise<CatalogueRecords> {
  const lists = await Promise.all(PACK_LISTS.map((list) => catalogueTable(db, list).toArray()));
  return Object.fromEntries(PACK_LISTS.map((list, index) => [list, lists[index]])) as unknown as CatalogueRecords;
}

/**
 * Loads the catalogue's tables into this context's copy in memory (see
 * chunked-tables.ts) without reading a record out. A page calls it when it
 * opens where a preview or an export may follow: loading 145,000 records
 * takes about half a second, which then passes while a person chooses the
 * file rather than after.
 */
export async function warmCatalogue(db: ThroughlineDatabase): Promise<void> {
  const tables = catalogueTables(db);
  // One key in id order also sorts the ids, which reading a whole table needs.
  await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.limit(1).primaryKeys())));
}

/** The tables the workspace's catalogue views show, as one read sees them. */
export interface CatalogueView {
  objectives: Objective[];
  themes: Theme[];
  targets: BenefitTarget[];
  measurements: Measurement[];
}

/** Reads the tables of a `CatalogueView` in one transaction. */
export async function readCatalogueView(db: ThroughlineDatabase): Promise<CatalogueView> {
  return db.transaction('r', [db.objectives, db.themes, db.benefitTargets, db.measurements], async () => {
    const [objectives, themes, targets, measurements] = await Promise.all([
      db.objectives.toArray(),
      db.themes.toArray(),
      db.benefitTargets.toArray(),
      db.measurements.toArray(),
    ]);
    return { objectives, themes, targets, measurements };
  });
}
