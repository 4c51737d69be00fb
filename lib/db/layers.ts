import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import { type ImportSummary, PACK_LISTS, type PackList } from '../model/import-summary';
import { type Layered, layerOf, withoutLayer } from '../model/layer';
import { type Pack, packIntegrityProblems } from '../model/pack';
import type { Subscription } from '../model/subscription';
import { backupTables, readBackup, takeBackup } from './backups';
import { type CatalogueRecord, type CatalogueRecords, catalogueTable, readCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import { removeWithDependents } from './dependents';
import { sameValue, summarizeImport } from './pack-diff';
import { layerNames, refuseWith } from './pack-io';
import { checkRestoredCatalogue, type Removed, restorablePart } from './removed';
import { withoutUndefined } from './validate';

function byList<T>(make: (list: PackList) => T): Record<PackList, T> {
  return Object.fromEntries(PACK_LISTS.map((list) => [list, make(list)])) as Record<PackList, T>;
}

/**
 * Makes the records of subscription `layer` exactly `pack`, in one
 * transaction, leaving every other layer as it is. The user's own records
 * win: a pack record whose id the user's own catalogue already holds is
 * taken over only when it is the same record, and a pack link for an item
 * and objective the user linked already is left out. The result must be as
 * consistent as a pack (the user's links to objectives the pack dropped
 * refuse the refresh), or nothing changes and the reasons say what to fix.
 */
export async function applyLayer(db: ThroughlineDatabase, layer: string, pack: Pack): Promise<ImportSummary> {
  return db.transaction('rw', [...backupTables(db)], async () => {
    const [stored, names] = await Promise.all([readCatalogue(db), layerNames(db)]);
    const problems: string[] = [];
    const kept = byList(() => [] as CatalogueRecord[]);
    const packIndex = byList(() => [] as number[]);
    const previous = byList(() => [] as CatalogueRecord[]);
    const others = byList(() => [] as CatalogueRecord[]);
    const deletes = byList(() => [] as string[]);
    for (const list of PACK_LISTS) {
      const otherById = new Map<string, CatalogueRecord>();
      for (const record of stored[list]) {
        if (layerOf(record) === layer) {
          previous[list].push(withoutLayer(record));
          deletes[list].push(record.id);
        } else otherById.set(record.id, record);
      }
      const pairs =
        list === 'links'
          ? new Set(stored.links.filter((l) => layerOf(l) !== layer).map((l) => `${l.itemId} ${l.objectiveId}`))
          : null;
      (pack[list] as readonly CatalogueRecord[]).forEach((record, index) => {
        const holder = otherById.get(record.id);
        if (holder !== undefined) {
          const holderLayer = layerOf(holder);
          if (holderLayer === undefined && sameValue(holder, record)) {
            // A record the user imported by hand before subscribing becomes the pack's.
            otherById.delete(record.id);
            previous[list].push(holder);
            deletes[list].push(record.id);
          } else {
            const message =
              holderLayer === undefined
                ? t('layers_idUsedByOwn', record.id)
                : t('layers_idUsedByPack', record.id, names.get(holderLayer) ?? holderLayer);
            problems.push(`${list}[${index}].id: ${message}`);
            return;
          }
        }
        if (pairs) {
          const link = record as CatalogueRecords['links'][number];
          if (pairs.has(`${link.itemId} ${link.objectiveId}`)) return;
        }
        kept[list].push(record);
        packIndex[list].push(index);
      });
      others[list] = [...otherById.values()];
    }
    const combined = byList((list) => [...kept[list], ...others[list]]);
    for (const problem of packIntegrityProblems(combined as unknown as CatalogueRecords)) {
      const [list, index, ...rest] = problem.path as [PackList, number, ...(string | number)[]];
      const where =
        index < kept[list].length
          ? `${list}[${packIndex[list][index]}]`
          : t(
              layerOf(combined[list][index] ?? {}) === undefined ? 'layers_ownRecord' : 'layers_subscribedRecord',
              list,
              combined[list][index]?.id ?? '',
            );
      problems.push(`${where}${rest.map((part) => `.${part}`).join('')}: ${problem.message}`);
    }
    if (problems.length > 0) refuseWith(t('layers_cannotApply'), problems);
    for (const list of PACK_LISTS) {
      const table = catalogueTable(db, list);
      await table.bulkDelete(deletes[list]);
      await table.bulkAdd(
        kept[list].map((record) => ({ ...withoutUndefined(record), layer }) as Layered<CatalogueRecord>),
      );
    }
    return summarizeImport(
      previous as unknown as CatalogueRecords,
      { name: pack.name, ...(kept as unknown as CatalogueRecords) },
      'replace',
    );
  });
}

/** What an unsubscribe took away: the backup that holds its pack's records, and the user's records that went with them. */
export interface Unsubscribed {
  backupId: string;
  subscription: Subscription;
  /** Layer records removed. */
  records: number;
  /** The user's own records that required the pack's (removed) or mentioned them (changed), as they were. */
  dependents: Removed;
}

/**
 * Removes a subscription and its layer in one transaction, after a backup.
 * The user's own records that required the layer's records go too, and
 * those that only mentioned them lose the mention; all come back with
 * `undoUnsubscribe`.
 */
export async function unsubscribe(db: ThroughlineDatabase, id: string, now: Date): Promise<Unsubscribed> {
  return db.transaction('rw', backupTables(db), async () => {
    const subscription = await db.subscriptions.get(id);
    if (!subscription) throw new UserError(t('layers_subscriptionGone'));
    const stored = await readCatalogue(db);
    const backup = await takeBackup(db, 'before-unsubscribe', now, stored);
    const gone = byList((list) => new Set(stored[list].filter((r) => layerOf(r) === id).map((r) => r.id)));
    const fallout = removeWithDependents(stored, gone);
    let records = 0;
    const dependents = byList(() => [] as CatalogueRecord[]);
    for (const list of PACK_LISTS) {
      records += gone[list].size;
      const table = catalogueTable(db, list);
      await table.bulkDelete([...gone[list], ...fallout.removed[list].map((record) => record.id)]);
      const changedIds = new Set(fallout.changed[list].map((record) => record.id));
      await table.bulkPut(fallout.remaining[list].filter((record) => changedIds.has(record.id)));
      dependents[list] = [...fallout.removed[list], ...fallout.changed[list]];
    }
    await db.subscriptions.delete(id);
    return { backupId: backup.id, subscription, records, dependents: dependents as unknown as Removed };
  });
}

/**
 * Undoes an unsubscribe: the subscription and its layer as the backup holds
 * them, and the user's records it took, unless they were edited since; all
 * checked together like an import, or nothing changes.
 */
export async function undoUnsubscribe(
  db: ThroughlineDatabase,
  backupId: string,
  subscriptionId: string,
  dependents: Removed,
): Promise<void> {
  const backup = await readBackup(db, backupId);
  const subscription = backup.subscriptions.find((entry) => entry.id === subscriptionId);
  if (!subscription) throw new UserError(t('layers_undoNoSubscription'));
  await db.transaction('rw', backupTables(db), async () => {
    if (await db.subscriptions.where('url').equals(subscription.url).first())
      throw new UserError(t('layers_undoSubscribedAgain', subscription.url));
    const stored = await readCatalogue(db);
    const layerRecords = byList((list) => {
      const ids = backup.layers[list] ?? {};
      return (backup.pack[list] as readonly CatalogueRecord[])
        .filter((record) => ids[record.id] === subscriptionId)
        .map((record) => ({ ...record, layer: subscriptionId }) as Layered<CatalogueRecord>);
    });
    const own = restorablePart(stored, dependents);
    const restored = byList((list) => [...layerRecords[list], ...own[list]]);
    checkRestoredCatalogue(stored, restored as unknown as CatalogueRecords);
    for (const list of PACK_LISTS) {
      const held = new Set(stored[list].map((record) => record.id));
      const clash = layerRecords[list].find((record) => held.has(record.id));
      if (clash) throw new UserError(t('layers_undoAddedSince', list, clash.id));
      await catalogueTable(db, list).bulkPut(restored[list]);
    }
    await db.subscriptions.add(subscription);
  });
}
