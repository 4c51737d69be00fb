import { sendableWorkSummary } from '../dashboard/sent-work-summary';
import { unalignedSitePage } from '../dashboard/unaligned-groups';
import { readObjectivesWithWork, readWorkState } from '../dashboard/work-state';
import { summarizeWork, unalignedOf } from '../dashboard/work-summary';
import { type AnnotateOptions, annotate, keepFacts } from '../db/annotate';
import { deleteBenefitTarget, saveBenefitTarget } from '../db/benefit-targets';
import { cachedCatalogueView } from '../db/catalogue-view-cache';
import type { ThroughlineDatabase } from '../db/database';
import { checkEdit } from '../db/edit-guard';
import { excludeItem, removeExclusion, restoreExclusions } from '../db/exclusions';
import { createFactsCache } from '../db/facts-cache';
import { undoUnsubscribe, unsubscribe } from '../db/layers';
import { keepReceipts } from '../db/link-receipts';
import { linkItem, linkMany, removeLinks, restoreLinks, unlinkItem } from '../db/links';
import { deleteMeasurement, saveMeasurement } from '../db/measurements';
import { deleteObjective, listPickerObjectives, saveObjective } from '../db/objectives';
import { exportPack, importPack, previewImport } from '../db/pack-io';
import { restoreRemoved } from '../db/removed';
import { deleteRule, saveRule } from '../db/rules';
import { createSeenWriter } from '../db/seen-writer';
import { getSettings, saveSettings } from '../db/settings';
import type { IndexFacts } from '../db/site-index';
import { deleteTheme, saveTheme } from '../db/themes';
import { createFactsLedger, FACTS_RETRY_MS } from '../facts/facts-ledger';
import { takeSnapshot } from '../history/take-snapshot';
import { t } from '../i18n/catalogue';
import { firstLinkRows } from '../links/first-rows';
import { parseItemId } from '../model/item-id';
import { parsePack } from '../model/parse-pack';
import type { Settings } from '../model/settings';
import { OVERLAY_PART_FILES } from '../overlay/overlay-parts';
import { addTrackedSite, removeTrackedSite } from '../sites/site-requests';
import { refreshSubscription, subscribe } from '../subscriptions/refresh';
import { routeHref } from '../workspace/route-href';
import type { ChangedNotice } from './notices';
import type { EditableList } from './protocol';
import type { Asker, Handlers, TabFrame } from './router';
import { itemBelongsToSender } from './sender-site';
import { UserError } from './user-error';

const SAVE = {
  themes: saveTheme,
  objectives: saveObjective,
  benefitTargets: saveBenefitTarget,
  measurements: saveMeasurement,
  rules: saveRule,
} satisfies Record<EditableList, unknown>;

const DELETE = {
  themes: deleteTheme,
  objectives: deleteObjective,
  benefitTargets: deleteBenefitTarget,
  measurements: deleteMeasurement,
  rules: deleteRule,
} satisfies Record<EditableList, unknown>;

export interface HandlerDeps {
  db: ThroughlineDatabase;
  /** Tells open tracker tabs and extension pages that something they show changed. */
  notify(what: ChangedNotice['what']): void;
  /** Hands facts a tracker answered to the tabs of their site, which resolve their items themselves; `from` has them. */
  factsFetched?(facts: readonly IndexFacts[], from?: TabFrame): void;
  now(): Date;
  version: string;
  /** How subscribed packs are fetched; tests pass their own. */
  fetch?: typeof fetch;
  /** Opens an extension page (a path such as `/options.html#objective/ob-1`) in a new tab. */
  openTab?(path: string): Promise<void>;
  /** Runs one of the extension's scripts in a tab's frame, in its content scripts' world. */
  injectScript?(frame: TabFrame, file: string): Promise<void>;
}

/** What the background does for each request; each handler gets an already-parsed request. */
export function createHandlers({
  db,
  notify,
  factsFetched,
  now,
  version,
  fetch: fetchImpl = fetch,
  openTab,
  injectScript,
}: HandlerDeps): Handlers {
  const parsedPack = (pack: unknown) => {
    const result = parsePack(pack);
    if (!result.ok) throw new UserError(`${t('handlers_packRefused')}\n${result.errors.join('\n')}`);
    return result.pack;
  };
  const facts = createFactsCache(db);
  const ledger = createFactsLedger();
  const seenWriter = createSeenWriter(db);
  // Every board scan asks for annotations; the settings behind them change only through saveSettings.
  let settings: Promise<Settings> | null = null;
  const currentSettings = () =>
    (settings ??= getSettings(db).catch((error: unknown) => {
      settings = null;
      throw error;
    }));
  /** The objectives that have work, as the dashboard counts them: the catalogue's warnings need them too. */
  const objectivesWithWork = async () => [...(await readObjectivesWithWork({ db, facts, ledger }, now()))];
  const ownItems = <T extends { id: string }>(asker: Asker, items: readonly T[]) => {
    const own = ownItemOf(asker);
    return items.filter((item) => own(item.id));
  };
  const annotateOptions = async (asker: Asker): Promise<AnnotateOptions> => {
    const { staleAfterDays, factsFetching } = await currentSettings();
    return {
      now: now(),
      staleAfterDays,
      fetchingTrackers: factsFetching,
      // Only a page of the items' own site can fetch their facts, with its user's session there.
      canFetch: asker.kind === 'content-script' ? ownItemOf(asker) : () => false,
    };
  };
  return {
    ping: async () => ({ version }),
    annotate: async ({ items }, asker) =>
      // A page learns nothing about another site's items: they are left out of its answer.
      annotate({ db, facts, ledger }, ownItems(asker, items), await annotateOptions(asker)),
    keepFacts: async ({ items }, asker) => ({
      fetch: (await keepFacts({ facts, ledger }, ownItems(asker, items), await annotateOptions(asker))).fetch,
    }),
    recordFacts: async ({ facts: fetched, failures }, asker) => {
      requireOwnItems(asker, [...fetched.map((entry) => entry.id), ...failures.flatMap((failure) => failure.ids)]);
      const at = now();
      await facts.addFetchedFacts(fetched, at);
      ledger.fetched(fetched.map((entry) => entry.id));
      for (const failure of failures)
        ledger.failed(
          failure.ids,
          failure.reason,
          at.getTime() + (failure.retryAfterMs ?? FACTS_RETRY_MS),
          failure.wholeSite,
        );
      factsFetched?.(
        fetched.map(({ id, facts }) => ({ id, facts, fetchedAt: at.toISOString() })),
        asker.kind === 'content-script' ? asker.frame : undefined,
      );
      notify('facts');
      // The parents and epics the answers named, when their facts are missing or old: fetched next.
      const more = await keepFacts(
        { facts, ledger },
        ownItems(
          asker,
          fetched.map(({ id }) => ({ id })),
        ),
        await annotateOptions(asker),
      );
      return { stored: fetched.length, fetch: more.fetch };
    },
    exclude: async ({ itemId, objectiveId, note }, asker) => {
      requireOwnItems(asker, [itemId]);
      const result = await excludeItem(db, { itemId, objectiveId, note }, now());
      notify('links');
      return result;
    },
    unexclude: async ({ itemId, objectiveId }, asker) => {
      requireOwnItems(asker, [itemId]);
      const removed = await removeExclusion(db, itemId, objectiveId);
      if (removed) notify('links');
      return { removed };
    },
    restoreExclusions: async ({ exclusions }, asker) => {
      requireOwnItems(
        asker,
        exclusions.map((exclusion) => exclusion.itemId),
      );
      const restored = await restoreExclusions(db, exclusions);
      if (restored > 0) notify('links');
      return { restored };
    },
    listObjectives: async () => ({ objectives: await listPickerObjectives(db) }),
    link: async ({ itemId, objectiveId, targetId, note }, asker) => {
      requireOwnItems(asker, [itemId]);
      const result = await linkItem(db, { itemId, objectiveId, targetId, note }, now());
      notify('links');
      return result;
    },
    unlink: async ({ itemId, objectiveId }, asker) => {
      requireOwnItems(asker, [itemId]);
      const removed = await unlinkItem(db, itemId, objectiveId);
      if (removed && asker.kind === 'content-script') await keepReceipts(db, [removed], originOf(asker.url), now());
      if (removed) notify('links');
      return { removed };
    },
    linkMany: async ({ itemIds, objectiveId, targetId }) => {
      const result = await linkMany(db, itemIds, objectiveId, targetId, now());
      if (result.created.length > 0 || result.unexcluded.length > 0) notify('links');
      return result;
    },
    removeLinks: async ({ linkIds }, asker) => {
      const own = ownItemOf(asker);
      const removed = await removeLinks(db, linkIds, (link) => own(link.itemId));
      if (removed.length > 0) notify('links');
      return { removed };
    },
    restoreLinks: async ({ links }, asker) => {
      requireOwnItems(
        asker,
        links.map((link) => link.itemId),
      );
      const restored = await restoreLinks(
        db,
        links,
        asker.kind === 'content-script' ? { origin: originOf(asker.url), now: now() } : undefined,
      );
      if (restored > 0) notify('links');
      return { restored };
    },
    recordSeen: async ({ seen }, asker) => {
      requireOwnItems(asker, seen.ids);
      return { stored: await seenWriter.record(seen) };
    },
    previewImport: async ({ pack, mode }) => previewImport(db, parsedPack(pack), mode),
    importPack: async ({ pack, mode }) => {
      const summary = await importPack(db, parsedPack(pack), mode);
      notify('catalogue');
      return summary;
    },
    exportPack: async ({ history }) => ({ pack: await exportPack(db, now(), { history: history === true }) }),
    saveRecord: async ({ list, record, base }) => {
      await checkEdit(db, list, record, base);
      const saved = await SAVE[list](db, record as never);
      notify('catalogue');
      return { record: saved };
    },
    deleteRecord: async ({ list, id }) => {
      await checkEdit(db, list, { id });
      const removed = await DELETE[list](db, id);
      notify('catalogue');
      return { removed };
    },
    restoreRemoved: async ({ removed }) => {
      await restoreRemoved(db, removed);
      notify('catalogue');
      return { restored: true };
    },
    getSettings: async () => currentSettings(),
    saveSettings: async ({ settings: changes }) => {
      const saved = await saveSettings(db, changes);
      settings = Promise.resolve(saved);
      notify('settings');
      return saved;
    },
    addSite: async ({ origin, tracker, addedAt }) => ({
      site: await addTrackedSite(db, { origin, tracker }, addedAt ? new Date(addedAt) : now()),
    }),
    removeSite: async ({ origin }) => ({ removed: await removeTrackedSite(db, origin) }),
    subscribe: async ({ url }) => {
      const result = await subscribe(db, url, now(), fetchImpl);
      if (result.changed) notify('catalogue');
      return result;
    },
    refreshSubscription: async ({ id }) => {
      const result = await refreshSubscription(db, id, now(), fetchImpl);
      if (result.changed) notify('catalogue');
      return result;
    },
    unsubscribe: async ({ id }) => {
      const result = await unsubscribe(db, id, now());
      notify('catalogue');
      return result;
    },
    undoUnsubscribe: async ({ backupId, subscriptionId, dependents }) => {
      await undoUnsubscribe(db, backupId, subscriptionId, dependents);
      notify('catalogue');
      return { restored: true };
    },
    announceChange: async ({ what }) => {
      notify(what);
      return { announced: true };
    },
    takeSnapshot: async () => ({ day: (await takeSnapshot(db, now(), { db, facts, ledger })).day }),
    summarizeWork: async () => sendableWorkSummary(summarizeWork(await readWorkState({ db, facts, ledger }, now()))),
    unalignedPage: async ({ tracker, site, page }) =>
      unalignedSitePage(unalignedOf(await readWorkState({ db, facts, ledger }, now())), tracker, site, page),
    objectivesWithWork: async () => ({ objectiveIds: await objectivesWithWork() }),
    catalogueView: async () => {
      const [view, settings, withWork] = await Promise.all([
        cachedCatalogueView(db),
        currentSettings(),
        objectivesWithWork(),
      ]);
      return { ...view, staleAfterDays: settings.staleAfterDays, objectivesWithWork: withWork };
    },
    firstLinkRows: async ({ limit }) => ({ rows: await firstLinkRows(db, limit) }),
    openWorkspace: async ({ section, arg }) => {
      if (!openTab) throw new UserError(t('handlers_noWorkspaceHere'));
      await openTab(`/options.html${routeHref(section, arg)}`);
      return { opened: true };
    },
    loadOverlayPart: async ({ part }, asker) => {
      if (asker.kind !== 'content-script' || !asker.frame || !injectScript)
        throw new UserError(t('handlers_partsOnlyForTabs'));
      await injectScript(asker.frame, OVERLAY_PART_FILES[part]);
      return { loaded: true };
    },
  };
}

/**
 * Whether an item is the asker's own, answered once per site for a request:
 * a board's 100 items share a site or two, and each answer parsed the
 * sender's address again (180 ms of the worker's time over a 20,000-card board).
 */
function ownItemOf(asker: Asker): (itemId: string) => boolean {
  if (asker.kind === 'page') return () => true;
  const sites = new Map<string, boolean>();
  return (itemId) => {
    const parts = parseItemId(itemId);
    if (parts === null) return false;
    const site = `${parts.tracker} ${parts.site}`;
    let own = sites.get(site);
    if (own === undefined) {
      own = itemBelongsToSender(parts, asker.url);
      sites.set(site, own);
    }
    return own;
  };
}

/** A content script speaks only for its own site's items. */
function requireOwnItems(asker: Asker, itemIds: readonly string[]): void {
  const own = ownItemOf(asker);
  const foreign = itemIds.find((itemId) => !own(itemId));
  if (foreign !== undefined) throw new UserError(t('handlers_foreignItem', foreign));
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
