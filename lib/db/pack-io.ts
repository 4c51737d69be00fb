import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import { type ImportSummary, PACK_LISTS, type PackList } from '../model/import-summary';
import { layerOf, withoutLayer } from '../model/layer';
import { PACK_FORMAT, PACK_VERSION, type Pack, packIntegrityProblems } from '../model/pack';
import { isCheckedPack } from '../model/parse-pack';
import type { Snapshot } from '../model/snapshot';
import { backupTables, takeBackup } from './backups';
import {
  type CatalogueRecord,
  type CatalogueRecords,
  catalogueTable,
  catalogueTables,
  readCatalogue,
} from './catalogue';
import { readFrozenRecords } from './chunked-tables';
import type { ThroughlineDatabase } from './database';
import { combineCatalogue, describeMergeProblem, type ImportMode, sameValue, summarizeImport } from './pack-diff';
import { packFieldOrder } from './pack-field-order';
import { defaultPackName, storedPackName } from './pack-name';
import { readHistory, replaceHistory } from './snapshots';
import { withoutUndefined } from './validate';

const MAX_REPORTED_PROBLEMS = 20;

/** The names of the subscribed packs, by subscription id, for messages about their records. */
export async function layerNames(db: ThroughlineDatabase): Promise<Map<string, string>> {
  const subscriptions = await db.subscriptions.toArray();
  return new Map(subscriptions.map((subscription) => [subscription.id, subscription.name ?? subscription.url]));
}

/** Several problems as one refusal, the first twenty named. */
export function refuseWith(title: string, problems: readonly string[]): never {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  if (problems.length > shown.length) shown.push(t('parsePack_moreProblems', problems.length - shown.length));
  throw new UserError(`${title}\n${shown.join('\n')}`);
}

interface ImportPlan {
  summary: ImportSummary;
  deletes: Record<PackList, string[]>;
  puts: Record<PackList, CatalogueRecord[]>;
}

/**
 * What importing a pack into the user's own layer does, or why it cannot.
 * Subscribed layers are read-only: a pack record with the id of a
 * subscribed one is accepted only when it is the very same record (an
 * export of this workspace comes back), and the result of the import,
 * every layer together, must be as consistent as a pack.
 */
function planImport(stored: CatalogueRecords, pack: Pack, mode: ImportMode, names: Map<string, string>): ImportPlan {
  const problems: string[] = [];
  const deletes = {} as Record<PackList, string[]>;
  const puts = {} as Record<PackList, CatalogueRecord[]>;
  const compared = {} as Record<PackList, CatalogueRecord[]>;
  for (const list of PACK_LISTS) {
    const own: CatalogueRecord[] = [];
    const held = new Map<string, CatalogueRecord>();
    for (const record of stored[list]) {
      if (layerOf(record) === undefined) own.push(record);
      else held.set(record.id, record);
    }
    const incoming: CatalogueRecord[] = [];
    const adopted: CatalogueRecord[] = [];
    (pack[list] as readonly CatalogueRecord[]).forEach((record, index) => {
      const holder = held.get(record.id);
      if (holder === undefined) incoming.push(withoutUndefined(record));
      else if (sameValue(withoutLayer(holder), record)) adopted.push(withoutLayer(holder));
      else
        problems.push(
          `${list}[${index}].id: ${t('packIo_idOfPack', record.id, names.get(layerOf(holder) ?? '') ?? '?')}`,
        );
    });
    puts[list] = incoming;
    // Updated records are deleted before any is added back: unique indexes (codes, item+objective
    // pairs) would otherwise refuse two records that swap values within the same import.
    // Only ids that are stored: deleting a missing key still costs a request, and a pack is mostly new records.
    const ownIds = new Set(own.map((record) => record.id));
    deletes[list] =
      mode === 'replace' ? [...ownIds] : incoming.flatMap((record) => (ownIds.has(record.id) ? [record.id] : []));
    compared[list] = [...own, ...adopted];
  }
  const combined = combineCatalogue(pack, stored, (record) => mode === 'merge' || layerOf(record) !== undefined);
  // With no stored record beside the pack's, the result is the pack, whose parsing found it consistent: checking
  // 145,000 records again would add a fifth to a large preview.
  const onlyThePack = PACK_LISTS.every((list) => combined[list].length === pack[list].length);
  if (!onlyThePack || !isCheckedPack(pack))
    for (const problem of packIntegrityProblems(combined)) problems.push(describeMergeProblem(problem, pack, combined));
  if (problems.length > 0) refuseWith(t(mode === 'merge' ? 'packIo_cannotMerge' : 'packIo_cannotReplace'), problems);
  return { summary: summarizeImport(compared as CatalogueRecords, pack, mode), deletes, puts };
}

/** What a preview compares a pack with: the stored catalogue of every layer, and the names of the subscribed ones. */
export interface PreviewBase {
  stored: CatalogueRecords;
  names: Map<string, string>;
}

/**
 * Reads what a preview compares a pack with, in one transaction. It needs
 * no pack, so the workspace starts it while the file is still being read
 * and parsed: IndexedDB reads 145,000 stored records in seconds, and no
 * longer after the parsing than before it. The stored records come frozen,
 * not copied: a preview only compares them.
 */
export function readPreviewBase(db: ThroughlineDatabase): Promise<PreviewBase> {
  return db.transaction('r', [...catalogueTables(db), db.subscriptions], async () => {
    readFrozenRecords();
    const [stored, names] = await Promise.all([readCatalogue(db), layerNames(db)]);
    return { stored, names };
  });
}

/** What importing a pack over `base` would change, record by record; refuses what the import would refuse. */
export function previewOver(base: PreviewBase, pack: Pack, mode: ImportMode): ImportSummary {
  return planImport(base.stored, pack, mode, base.names).summary;
}

/** What importing a pack would change, record by record; changes nothing, and refuses what the import would refuse. */
export async function previewImport(db: ThroughlineDatabase, pack: Pack, mode: ImportMode): Promise<ImportSummary> {
  return previewOver(await readPreviewBase(db), pack, mode);
}

/**
 * Imports a parsed pack into the user's own layer in one transaction, so a
 * failure anywhere leaves the database as it was. `replace` makes the own
 * layer exactly the pack, after a backup of everything that its Undo
 * restores; `merge` adds and updates by id and keeps what the pack does
 * not mention, and keeps the stored pack name if there is one.
 */
export async function importPack(
  db: ThroughlineDatabase,
  pack: Pack,
  mode: ImportMode,
  now: Date = new Date(),
): Promise<ImportSummary> {
  return db.transaction('rw', backupTables(db), async () => {
    readFrozenRecords();
    const [stored, names] = await Promise.all([readCatalogue(db), layerNames(db)]);
    const { summary, deletes, puts } = planImport(stored, pack, mode, names);
    const hasRecords = PACK_LISTS.some((list) => stored[list].length > 0);
    const backup = mode === 'replace' && hasRecords ? await takeBackup(db, 'before-replace', now, stored) : null;
    // A pack's history (a backup's) replaces the stored one on replace; a merge takes it only where there is none.
    // A pack without history (a shared one carries none) leaves the stored one alone.
    if (pack.history && (mode === 'replace' || (await db.snapshots.count()) === 0))
      await replaceHistory(db, pack.history);
    for (const list of PACK_LISTS) {
      const table = catalogueTable(db, list);
      await table.bulkDelete(deletes[list]);
      await table.bulkAdd(puts[list]);
    }
    if (mode === 'replace' || (await storedPackName(db)) === null)
      await db.meta.put({ key: 'packName', value: pack.name });
    return backup ? { ...summary, backupId: backup.id } : summary;
  });
}

/** Records in the form a pack file holds them: fields in schema order, sorted by id, without their layer. */
function canonicalList<T extends CatalogueRecord>(list: PackList, records: readonly T[]): T[] {
  return records.map((record) => packFieldOrder(list, record)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A catalogue as a pack, written the one way an export writes it, so that
 * exporting what was imported gives back the same file. Every layer is in
 * it: the export is what the workspace shows.
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
    themes: canonicalList('themes', catalogue.themes),
    objectives: canonicalList('objectives', catalogue.objectives),
    benefitTargets: canonicalList('benefitTargets', catalogue.benefitTargets),
    measurements: canonicalList('measurements', catalogue.measurements),
    links: canonicalList('links', catalogue.links),
    rules: canonicalList('rules', catalogue.rules),
    exclusions: canonicalList('exclusions', catalogue.exclusions),
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
  return canonicalPack(catalogue, name ?? defaultPackName(), now, history);
}

/** A pack as its file holds it: two-space JSON ending in a newline. */
export function packFileText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
