import type { Table } from 'dexie';
import { PACK_LISTS, type PackList } from '../model/import-summary';
import type { Pack } from '../model/pack';
import type { ThroughlineDatabase } from './database';

/** The catalogue as lists of records, the shape a pack and an undo both have. */
export type CatalogueRecords = Pick<Pack, PackList>;
export type CatalogueRecord = CatalogueRecords[PackList][number];

export function emptyCatalogue(): CatalogueRecords {
  return { themes: [], objectives: [], benefitTargets: [], measurements: [], links: [], rules: [], exclusions: [] };
}

/** The table holding a pack list; tables are named after the lists so the two never drift apart. */
export function catalogueTable(db: ThroughlineDatabase, list: PackList): Table<CatalogueRecord, string> {
  return db.table(list);
}

export function catalogueTables(db: ThroughlineDatabase): Table<CatalogueRecord, string>[] {
  return PACK_LISTS.map((list) => catalogueTable(db, list));
}

/** Every stored catalogue record; call inside a transaction that covers the catalogue tables. */
export async function readCatalogue(db: ThroughlineDatabase): Promise<CatalogueRecords> {
  const [themes, objectives, benefitTargets, measurements, links, rules, exclusions] = await Promise.all([
    db.themes.toArray(),
    db.objectives.toArray(),
    db.benefitTargets.toArray(),
    db.measurements.toArray(),
    db.links.toArray(),
    db.rules.toArray(),
    db.exclusions.toArray(),
  ]);
  return { themes, objectives, benefitTargets, measurements, links, rules, exclusions };
}
