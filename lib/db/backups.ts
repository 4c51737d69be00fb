import type { Table } from 'dexie';
import { BACKED_UP_TABLES, type BackedUpTable } from '../backups/backed-up-tables';
import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupDocument,
  BackupDocumentSchema,
  type BackupInfo,
  type BackupReason,
} from '../model/backup';
import { PACK_LISTS, type PackList } from '../model/import-summary';
import { layerOf, withoutLayer } from '../model/layer';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../model/pack';
import { formatIssues, parsePack } from '../model/parse-pack';
import type { Subscription } from '../model/subscription';
import {
  type CatalogueRecord,
  type CatalogueRecords,
  catalogueTable,
  catalogueTables,
  readCatalogue,
} from './catalogue';
import type { ThroughlineDatabase } from './database';
import { summarizeImport } from './pack-diff';
import { defaultPackName, storedPackName } from './pack-name';

/** How many backups are kept; the oldest goes when one more is taken. */
export const MAX_BACKUPS = 10;

/** Every table a backup reads or a restore writes, for the transaction around either. */
export function backupTables(db: ThroughlineDatabase, extra: readonly BackedUpTable[] = BACKED_UP_TABLES): Table[] {
  return [
    ...catalogueTables(db),
    db.subscriptions,
    db.meta,
    db.backups,
    db.backupData,
    ...extra.map((entry) => db.table(entry.table)),
  ];
}

function countRecords(catalogue: CatalogueRecords): number {
  return PACK_LISTS.reduce((sum, list) => sum + catalogue[list].length, 0);
}

/**
 * Takes a backup of everything a restore would put back, and forgets the
 * oldest beyond `MAX_BACKUPS`. Call it inside a transaction over
 * `backupTables(db)` when it guards a change, so that the backup and the
 * change are stored together or not at all; `stored` spares reading the
 * catalogue again when the caller has it.
 */
export async function takeBackup(
  db: ThroughlineDatabase,
  reason: BackupReason,
  now: Date,
  stored?: CatalogueRecords,
  extra: readonly BackedUpTable[] = BACKED_UP_TABLES,
): Promise<BackupInfo> {
  return db.transaction('rw', backupTables(db, extra), async () => {
    const catalogue = stored ?? (await readCatalogue(db));
    const [subscriptions, name, ...rows] = await Promise.all([
      db.subscriptions.toArray(),
      storedPackName(db),
      ...extra.map((entry) => db.table(entry.table).toArray()),
    ]);
    const layers: Record<string, Record<string, string>> = {};
    const lists = {} as Record<PackList, unknown[]>;
    for (const list of PACK_LISTS) {
      const layerOfId: Record<string, string> = {};
      lists[list] = catalogue[list].map((record) => {
        const layer = layerOf(record);
        if (layer !== undefined) layerOfId[record.id] = layer;
        return withoutLayer(record);
      });
      if (Object.keys(layerOfId).length > 0) layers[list] = layerOfId;
    }
    const takenAt = now.toISOString();
    const document: BackupDocument = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      takenAt,
      reason,
      pack: {
        format: PACK_FORMAT,
        version: PACK_VERSION,
        exportedAt: takenAt,
        name: name ?? defaultPackName(),
        ...lists,
      },
      layers,
      subscriptions,
      tables: Object.fromEntries(extra.map((entry, index) => [entry.table, rows[index] as unknown[]])),
    };
    const text = JSON.stringify(document);
    const info: BackupInfo = {
      id: `bk-${now.getTime()}-${crypto.randomUUID().slice(0, 8)}`,
      takenAt,
      reason,
      name: name ?? defaultPackName(),
      records: countRecords(catalogue),
      bytes: text.length,
    };
    await db.backups.add(info);
    await db.backupData.add({ id: info.id, text });
    const excess = (await db.backups.count()) - MAX_BACKUPS;
    if (excess > 0) {
      const oldest = await db.backups.orderBy('takenAt').limit(excess).primaryKeys();
      await db.backups.bulkDelete(oldest);
      await db.backupData.bulkDelete(oldest);
    }
    return info;
  });
}

/** The backups, newest first. */
export async function listBackups(db: ThroughlineDatabase): Promise<BackupInfo[]> {
  return (await db.backups.orderBy('takenAt').toArray()).reverse();
}

/** A backup checked like an import and ready to restore: its pack, each record's layer, and the other tables. */
export interface Restorable {
  info: Pick<BackupInfo, 'id' | 'takenAt' | 'reason'>;
  pack: Pack;
  layers: Record<string, Record<string, string>>;
  subscriptions: Subscription[];
  tables: Record<string, unknown[]>;
}

function refuse(problems: readonly string[]): never {
  throw new UserError(`${t('backups_cannotRestore')}\n${problems.slice(0, 20).join('\n')}`);
}

/**
 * Checks a backup document as strictly as an imported pack: the pack
 * itself, that every layered record exists and names a subscription of
 * the backup, and every row of the other tables against its schema.
 */
export function checkBackupDocument(
  value: unknown,
  id: string,
  extra: readonly BackedUpTable[] = BACKED_UP_TABLES,
): Restorable {
  const document = BackupDocumentSchema.safeParse(value);
  if (!document.success) refuse(formatIssues(document.error));
  const { pack: packValue, layers, subscriptions, tables, takenAt, reason } = document.data;
  const pack = parsePack(packValue);
  if (!pack.ok) refuse(pack.errors.map((error) => `pack: ${error}`));
  const problems: string[] = [];
  const subscriptionIds = new Set(subscriptions.map((subscription) => subscription.id));
  for (const [list, byId] of Object.entries(layers)) {
    if (!(PACK_LISTS as readonly string[]).includes(list)) {
      problems.push(`layers.${list}: ${t('backups_notAList')}`);
      continue;
    }
    const ids = new Set((pack.pack[list as PackList] as readonly CatalogueRecord[]).map((record) => record.id));
    for (const [recordId, layer] of Object.entries(byId)) {
      if (!ids.has(recordId)) problems.push(`layers.${list}.${recordId}: ${t('backups_noSuchRecord')}`);
      if (!subscriptionIds.has(layer))
        problems.push(`layers.${list}.${recordId}: ${t('backups_noSuchSubscription', layer)}`);
    }
  }
  const checkedTables: Record<string, unknown[]> = {};
  for (const entry of extra) {
    const rows = tables[entry.table] ?? [];
    checkedTables[entry.table] = rows.map((row, index) => {
      const result = entry.schema.safeParse(row);
      if (!result.success)
        problems.push(...formatIssues(result.error).map((issue) => `tables.${entry.table}[${index}]: ${issue}`));
      return result.data;
    });
  }
  if (problems.length > 0) refuse(problems);
  return { info: { id, takenAt, reason }, pack: pack.pack, layers, subscriptions, tables: checkedTables };
}

/** Reads and checks one stored backup. */
export async function readBackup(
  db: ThroughlineDatabase,
  id: string,
  extra: readonly BackedUpTable[] = BACKED_UP_TABLES,
): Promise<Restorable> {
  const data = await db.backupData.get(id);
  if (!data) throw new UserError(t('backups_gone'));
  let value: unknown;
  try {
    value = JSON.parse(data.text);
  } catch (error) {
    refuse([t('backups_notJson', (error as Error).message)]);
  }
  return checkBackupDocument(value, id, extra);
}

/** What restoring a backup would change, record by record, over every layer. */
export async function previewRestore(db: ThroughlineDatabase, restorable: Restorable) {
  const stored = await db.transaction('r', catalogueTables(db), () => readCatalogue(db));
  return summarizeImport(stored, restorable.pack, 'replace');
}

/**
 * Puts a backup back in one transaction, after backing up what it
 * replaces: every catalogue layer, the subscriptions, the pack name and the
 * other backed-up tables become what the backup holds.
 */
export async function restoreBackup(
  db: ThroughlineDatabase,
  restorable: Restorable,
  now: Date,
  extra: readonly BackedUpTable[] = BACKED_UP_TABLES,
): Promise<BackupInfo> {
  return db.transaction('rw', backupTables(db, extra), async () => {
    const before = await takeBackup(db, 'before-restore', now, undefined, extra);
    for (const list of PACK_LISTS) {
      const layerOfId = restorable.layers[list] ?? {};
      const table = catalogueTable(db, list);
      await table.clear();
      await table.bulkAdd(
        (restorable.pack[list] as readonly CatalogueRecord[]).map((record) => {
          const layer = layerOfId[record.id];
          return layer === undefined ? record : { ...record, layer };
        }),
      );
    }
    await db.subscriptions.clear();
    await db.subscriptions.bulkAdd(restorable.subscriptions);
    await db.meta.put({ key: 'packName', value: restorable.pack.name });
    for (const entry of extra) {
      await db.table(entry.table).clear();
      await db.table(entry.table).bulkAdd(restorable.tables[entry.table] ?? []);
    }
    return before;
  });
}
