import { type ImportSummary, type ListChange, PACK_LISTS, type PackList } from '../model/import-summary';
import type { Pack, PackProblem } from '../model/pack';
import type { CatalogueRecord, CatalogueRecords } from './catalogue';

export type ImportMode = ImportSummary['mode'];

/** Deep equality of stored JSON-like values; key order and `undefined` fields do not matter. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const entries = (value: object) => Object.entries(value).filter(([, field]) => field !== undefined);
  const aEntries = entries(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aEntries.length === entries(b).length &&
    aEntries.every(([key, field]) => key in b && sameValue(field, bRecord[key]))
  );
}

function listChange(stored: readonly CatalogueRecord[], incoming: readonly CatalogueRecord[], mode: ImportMode) {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const change: ListChange = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  for (const record of incoming) {
    const old = storedById.get(record.id);
    if (old === undefined) change.added++;
    else if (sameValue(old, record)) change.unchanged++;
    else change.updated++;
    storedById.delete(record.id);
  }
  if (mode === 'replace') change.removed = storedById.size;
  return change;
}

/** What importing `pack` over `stored` changes, list by list, matching records by id. */
export function summarizeImport(stored: CatalogueRecords, pack: Pack, mode: ImportMode): ImportSummary {
  const changes = Object.fromEntries(
    PACK_LISTS.map((list) => [list, listChange(stored[list], pack[list], mode)]),
  ) as Record<PackList, ListChange>;
  return { name: pack.name, mode, changes };
}

/**
 * The catalogue a merge produces: the pack's records first, in pack order,
 * so a problem found in them carries the very path it has in the pack file;
 * then the stored records the pack does not mention.
 */
export function mergeCatalogue(stored: CatalogueRecords, pack: Pack): CatalogueRecords {
  const merge = <T extends CatalogueRecord>(kept: readonly T[], incoming: readonly T[]): T[] => {
    const incomingIds = new Set(incoming.map((record) => record.id));
    return [...incoming, ...kept.filter((record) => !incomingIds.has(record.id))];
  };
  return {
    themes: merge(stored.themes, pack.themes),
    objectives: merge(stored.objectives, pack.objectives),
    benefitTargets: merge(stored.benefitTargets, pack.benefitTargets),
    measurements: merge(stored.measurements, pack.measurements),
    links: merge(stored.links, pack.links),
    rules: merge(stored.rules, pack.rules),
    exclusions: merge(stored.exclusions, pack.exclusions),
  };
}

/**
 * A problem of a merged catalogue, located in the pack (`objectives[2].code`)
 * or, past the pack's records, in the database (`stored objectives "ob-1"`).
 */
export function describeMergeProblem(problem: PackProblem, pack: Pack, merged: CatalogueRecords): string {
  const [list, index, ...rest] = problem.path;
  const where = (() => {
    if (typeof list !== 'string' || typeof index !== 'number' || !(PACK_LISTS as readonly string[]).includes(list))
      return problem.path.join('.');
    const name = list as PackList;
    if (index < pack[name].length) return `${name}[${index}]`;
    return `stored ${name} "${merged[name][index]?.id}"`;
  })();
  return `${where}${rest.map((segment) => `.${segment}`).join('')}: ${problem.message}`;
}
