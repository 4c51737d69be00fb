import type { z } from 'zod';
import { UserError } from '../messages/user-error';
import { BenefitTargetSchema } from '../model/benefit-target';
import { ExclusionSchema } from '../model/exclusion';
import { PACK_LISTS } from '../model/import-summary';
import { LinkSchema } from '../model/link';
import { MeasurementSchema } from '../model/measurement';
import { ObjectiveSchema } from '../model/objective';
import { PACK_FORMAT, PACK_VERSION, type Pack, packIntegrityProblems } from '../model/pack';
import { ShortText } from '../model/primitives';
import { RuleSchema } from '../model/rule';
import type { Snapshot } from '../model/snapshot';
import { ThemeSchema } from '../model/theme';
import {
  type CatalogueRecord,
  type CatalogueRecords,
  catalogueTable,
  catalogueTables,
  readCatalogue,
} from './catalogue';
import type { ThroughlineDatabase } from './database';
import { describeMergeProblem, type ImportMode, mergeCatalogue, summarizeImport } from './pack-diff';
import { readHistory, replaceHistory } from './snapshots';
import { withoutUndefined } from './validate';

export const DEFAULT_PACK_NAME = 'Throughline strategy';
const MAX_REPORTED_PROBLEMS = 20;

/** Refuses a merge whose result would be inconsistent, naming where each problem is. */
function checkMerge(stored: CatalogueRecords, pack: Pack): void {
  const merged = mergeCatalogue(stored, pack);
  const problems = packIntegrityProblems(merged).map((problem) => describeMergeProblem(problem, pack, merged));
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  if (problems.length > shown.length) shown.push(`…and ${problems.length - shown.length} more problems`);
  throw new UserError(`The pack cannot be merged into the stored strategy:\n${shown.join('\n')}`);
}

async function storedPackName(db: ThroughlineDatabase): Promise<string | null> {
  const parsed = ShortText.safeParse((await db.meta.get('packName'))?.value);
  return parsed.success ? parsed.data : null;
}

/** What importing a pack would change; changes nothing, and refuses a merge the import would refuse. */
export async function previewImport(db: ThroughlineDatabase, pack: Pack, mode: ImportMode) {
  return db.transaction('r', catalogueTables(db), async () => {
    const stored = await readCatalogue(db);
    if (mode === 'merge') checkMerge(stored, pack);
    return summarizeImport(stored, pack, mode);
  });
}

/**
 * Imports a parsed pack in one transaction, so a failure anywhere leaves the
 * database as it was. `replace` makes the catalogue exactly the pack;
 * `merge` adds and updates by id and keeps what the pack does not mention,
 * and keeps the stored pack name if there is one. A pack's history (a
 * backup's) replaces the stored one on `replace`; a merge keeps the stored
 * history and takes the pack's only where there is none. A pack without
 * history leaves the stored one alone: a shared pack carries none.
 */
export async function importPack(db: ThroughlineDatabase, pack: Pack, mode: ImportMode) {
  return db.transaction('rw', [...catalogueTables(db), db.meta, db.snapshots], async () => {
    if (pack.history && (mode === 'replace' || (await db.snapshots.count()) === 0))
      await replaceHistory(db, pack.history);
    const stored = await readCatalogue(db);
    const summary = summarizeImport(stored, pack, mode);
    if (mode === 'merge') checkMerge(stored, pack);
    for (const list of PACK_LISTS) {
      const table = catalogueTable(db, list);
      // Updated records are deleted before any is added back: unique indexes (codes, item+objective
      // pairs) would otherwise refuse two records that swap values within the same import.
      if (mode === 'replace') await table.clear();
      else await table.bulkDelete(pack[list].map((record) => record.id));
      await table.bulkAdd(pack[list].map((record: CatalogueRecord) => withoutUndefined(record)));
    }
    if (mode === 'replace' || (await storedPackName(db)) === null)
      await db.meta.put({ key: 'packName', value: pack.name });
    return summary;
  });
}

/** Records in the form a pack file holds them: keys in schema order, sorted by id. */
function canonicalList<T extends { id: string }>(schema: z.ZodType<T>, records: readonly T[]): T[] {
  return records
    .map((record) => withoutUndefined(schema.parse(record)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A catalogue as a pack, written the one way an export writes it, so that
 * exporting what was imported gives back the same file.
 */
export function canonicalPack(
  catalogue: CatalogueRecords,
  name: string,
  exportedAt: Date,
  history?: readonly Snapshot[],
): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: exportedAt.toISOString(),
    name,
    themes: canonicalList(ThemeSchema, catalogue.themes),
    objectives: canonicalList(ObjectiveSchema, catalogue.objectives),
    benefitTargets: canonicalList(BenefitTargetSchema, catalogue.benefitTargets),
    measurements: canonicalList(MeasurementSchema, catalogue.measurements),
    links: canonicalList(LinkSchema, catalogue.links),
    rules: canonicalList(RuleSchema, catalogue.rules),
    exclusions: canonicalList(ExclusionSchema, catalogue.exclusions),
    ...(history !== undefined && { history: [...history] }),
  };
}

/** The whole stored catalogue as a pack, with the snapshot history when asked (a backup). */
export async function exportPack(
  db: ThroughlineDatabase,
  now: Date,
  options: { history?: boolean } = {},
): Promise<Pack> {
  const [catalogue, name, history] = await db.transaction('r', [...catalogueTables(db), db.meta, db.snapshots], () =>
    Promise.all([readCatalogue(db), storedPackName(db), options.history ? readHistory(db) : undefined]),
  );
  return canonicalPack(catalogue, name ?? DEFAULT_PACK_NAME, now, history);
}

/** A pack as its file holds it: two-space JSON ending in a newline. */
export function packFileText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
