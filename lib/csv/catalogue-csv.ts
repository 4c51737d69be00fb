import type { CatalogueRecord, CatalogueRecords } from '../db/catalogue';
import type { PackList } from '../model/import-summary';
import { writeCsv } from './csv-table';

/** A record's fields as cells; a nested object (a period, a rule's match) becomes `period.start`, `match.kind`… */
function flatten(record: CatalogueRecord): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, innerValue] of Object.entries(value)) cells.set(`${key}.${inner}`, innerValue);
    else cells.set(key, value);
  }
  return cells;
}

/**
 * One catalogue list as CSV: a column for every field any record has, in
 * the order the records (canonical, as an export writes them) name them.
 */
export function listCsv(catalogue: CatalogueRecords, list: PackList): string {
  const flat = (catalogue[list] as readonly CatalogueRecord[]).map(flatten);
  const columns = [...new Set(flat.flatMap((cells) => [...cells.keys()]))];
  if (columns.length === 0) columns.push('id');
  return writeCsv(
    columns,
    flat.map((cells) => columns.map((column) => cells.get(column))),
  );
}
