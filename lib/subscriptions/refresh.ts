import { backupTables } from '../db/backups';
import type { ThroughlineDatabase } from '../db/database';
import { applyLayer } from '../db/layers';
import { describeStorageError } from '../db/storage-error';
import { withoutUndefined } from '../db/validate';
import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import { PACK_LISTS } from '../model/import-summary';
import { PackUrlSchema, type Subscription } from '../model/subscription';
import { fetchPack } from './fetch-pack';

export interface RefreshResult {
  subscription: Subscription;
  /** Whether the layer's records changed. */
  changed: boolean;
}

/**
 * Subscribes to the pack at `url` and fetches it at once. A first fetch
 * that fails still keeps the subscription, showing why, so the user can
 * fix the cause and press Refresh now.
 */
export async function subscribe(
  db: ThroughlineDatabase,
  url: string,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<RefreshResult> {
  const parsed = PackUrlSchema.safeParse(url);
  if (!parsed.success)
    throw new UserError(
      t('subscriptions_packUrlProblem', parsed.error.issues[0]?.message ?? t('subscriptions_isNotValid')),
    );
  const address = new URL(parsed.data).href;
  const existing = await db.subscriptions.where('url').equals(address).first();
  if (existing) throw new UserError(t('refresh_youAlreadySubscribeTo', address));
  const subscription: Subscription = {
    id: `sub-${crypto.randomUUID().slice(0, 8)}`,
    url: address,
    addedAt: now.toISOString(),
    state: 'pending',
  };
  await db.subscriptions.add(subscription);
  return refreshSubscription(db, subscription.id, now, fetchImpl);
}

/**
 * Fetches one subscription's pack and, when it changed, makes its layer the
 * new pack. A failure of any kind (the network, the server, the pack, or a
 * clash with the user's own records) keeps the last good records and is
 * recorded on the subscription, where the workspace shows it.
 */
export async function refreshSubscription(
  db: ThroughlineDatabase,
  id: string,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<RefreshResult> {
  const before = await db.subscriptions.get(id);
  if (!before) throw new UserError(t('refresh_thatSubscriptionIsGone'));
  const outcome = await fetchPack(before.url, { etag: before.etag, lastModified: before.lastModified }, fetchImpl);
  const checked = { lastChecked: now.toISOString() };
  const save = async (update: Partial<Subscription>, changed: boolean): Promise<RefreshResult> => {
    const current = await db.subscriptions.get(id);
    if (!current) throw new UserError(t('refresh_thatSubscriptionWasRemovedMeanwhile'));
    const subscription = withoutUndefined({ ...current, ...checked, ...update });
    await db.subscriptions.put(subscription);
    return { subscription, changed };
  };
  if (outcome.kind === 'unchanged') return save({ state: 'ok', error: undefined }, false);
  if (outcome.kind === 'failed') return save({ state: 'failed', error: outcome.error }, false);
  try {
    return await db.transaction('rw', backupTables(db), async () => {
      if (!(await db.subscriptions.get(id))) throw new UserError(t('refresh_thatSubscriptionWasRemovedMeanwhile'));
      const summary = await applyLayer(db, id, outcome.pack);
      const changed = PACK_LISTS.some((list) => {
        const change = summary.changes[list];
        return change.added + change.updated + change.removed > 0;
      });
      const records = PACK_LISTS.reduce((sum, list) => sum + outcome.pack[list].length, 0);
      return save(
        {
          state: 'ok',
          error: undefined,
          name: outcome.pack.name,
          etag: outcome.etag,
          lastModified: outcome.lastModified,
          records,
          ...(changed || before.lastChanged === undefined ? { lastChanged: now.toISOString() } : {}),
        },
        changed,
      );
    });
  } catch (error) {
    const reason = error instanceof UserError ? error.message : describeStorageError(error);
    // Without the validators, the next refresh fetches the whole pack again instead of a 304 that hides the problem.
    return save({ state: 'failed', error: reason, etag: undefined, lastModified: undefined }, false);
  }
}

/** Refreshes every subscription, one after another; one failing never stops the others. */
export async function refreshAll(db: ThroughlineDatabase, now: () => Date, fetchImpl: typeof fetch = fetch) {
  const results: RefreshResult[] = [];
  for (const subscription of await db.subscriptions.toArray())
    results.push(await refreshSubscription(db, subscription.id, now(), fetchImpl));
  return results;
}
