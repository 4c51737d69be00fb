import { t } from '../i18n/catalogue';
import {
  type ImportSummary,
  type ListChange,
  type ListRecordChanges,
  PACK_LISTS,
  type PackList,
  type RecordChange,
} from '../model/import-summary';
import { withoutLayer } from '../model/layer';
import type { Pack, PackProblem } from '../model/pack';
import type { CatalogueRecord, CatalogueRecords } from './catalogue';

export type ImportMode = ImportSummary['mode'];

/** A preview names this many records of each kind per list; the counts cover the rest. */
export const RECORDS_SHOWN = 50;

/**
 * Deep equality of stored JSON-like values; key order and `undefined` fields
 * do not matter. Counts fields instead of listing them: a preview compares
 * every stored record with the pack's, and lists would be garbage to collect.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  let aFields = 0;
  for (const key in aRecord) {
    const field = aRecord[key];
    if (field === undefined) continue;
    aFields++;
    if (!(key in bRecord) || !sameValue(field, bRecord[key])) return false;
  }
  let bFields = 0;
  for (const key in bRecord) if (bRecord[key] !== undefined) bFields++;
  return aFields === bFields;
}

/** The fields whose values differ between two versions of a record. */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !sameValue(a[key], b[key])).sort();
}

/** How a person recognizes a record: an objective by its code and title, a link by its item. */
export function recordLabel(record: CatalogueRecord): string {
  const fields = record as unknown as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : undefined);
  if (text('code') && text('title')) return `${text('code')} · ${text('title')}`;
  if (text('itemId')) return `${text('itemId')} → ${text('objectiveId') ?? '?'}`;
  if (typeof fields.value === 'number' && text('at')) return `${fields.value} on ${text('at')}`;
  const match = fields.match as { kind?: string; value?: string } | undefined;
  if (match?.kind) return `${match.kind} ${match.value ?? ''}`.trim();
  return text('name') ?? text('title') ?? record.id;
}

function listChange(stored: readonly CatalogueRecord[], incoming: readonly CatalogueRecord[], mode: ImportMode) {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const change: ListChange = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const records: ListRecordChanges = { added: [], updated: [], removed: [] };
  const note = (list: RecordChange[], entry: () => RecordChange) => {
    if (list.length < RECORDS_SHOWN) list.push(entry());
  };
  for (const record of incoming) {
    const old = storedById.get(record.id);
    if (old === undefined) {
      change.added++;
      note(records.added, () => ({ id: record.id, label: recordLabel(record) }));
    } else if (sameValue(withoutLayer(old), record)) change.unchanged++;
    else {
      change.updated++;
      note(records.updated, () => ({
        id: record.id,
        label: recordLabel(record),
        fields: changedFields(withoutLayer(old), record),
      }));
    }
    storedById.delete(record.id);
  }
  if (mode === 'replace') {
    change.removed = storedById.size;
    for (const record of storedById.values()) {
      if (records.removed.length >= RECORDS_SHOWN) break;
      records.removed.push({ id: record.id, label: recordLabel(record) });
    }
  }
  return { change, records };
}

/** What importing `pack` over `stored` changes, list by list and record by record, matching records by id. */
export function summarizeImport(stored: CatalogueRecords, pack: Pick<Pack, 'name' | PackList>, mode: ImportMode) {
  const changes = {} as Record<PackList, ListChange>;
  const records = {} as Record<PackList, ListRecordChanges>;
  for (const list of PACK_LISTS) {
    const result = listChange(stored[list], pack[list], mode);
    changes[list] = result.change;
    records[list] = result.records;
  }
  return { name: pack.name, mode, changes, records } satisfies ImportSummary;
}

/**
 * The catalogue a merge produces: the pack's records first, in pack order,
 * so a problem found in them carries the very path it has in the pack file;
 * then the stored records the pack does not mention.
 */
export function mergeCatalogue(stored: CatalogueRecords, pack: Pick<Pack, PackList>): CatalogueRecords {
  return combineCatalogue(pack, stored, () => true);
}

/** The pack's records first, in pack order, then the stored records it does not mention that `keep` keeps. */
export function combineCatalogue(
  pack: Pick<Pack, PackList>,
  stored: CatalogueRecords,
  keep: (record: CatalogueRecord) => boolean,
): CatalogueRecords {
  const result = {} as Record<PackList, CatalogueRecord[]>;
  for (const list of PACK_LISTS) {
    const incoming: readonly CatalogueRecord[] = pack[list];
    const incomingIds = new Set(incoming.map((record) => record.id));
    result[list] = [...incoming, ...stored[list].filter((record) => !incomingIds.has(record.id) && keep(record))];
  }
  return result as CatalogueRecords;
}

/**
 * A problem of a combined catalogue, located in the pack (`objectives[2].code`)
 * or, past the pack's records, in the database (`stored objectives "ob-1"`).
 */
export function describeMergeProblem(
  problem: PackProblem,
  pack: Pick<Pack, PackList>,
  merged: CatalogueRecords,
): string {
  const [list, index, ...rest] = problem.path;
  const where = (() => {
    if (typeof list !== 'string' || typeof index !== 'number' || !(PACK_LISTS as readonly string[]).includes(list))
      return problem.path.join('.');
    const name = list as PackList;
    if (index < pack[name].length) return `${name}[${index}]`;
    return t('packDiff_storedRecord', name, merged[name][index]?.id ?? '');
  })();
  return `${where}${rest.map((segment) => `.${segment}`).join('')}: ${problem.message}`;
}
