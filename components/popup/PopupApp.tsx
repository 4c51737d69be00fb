import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeReason } from '../../lib/alignment/describe-reason';
import { factsNotesById, NO_FACTS_NOTES } from '../../lib/facts/facts-notes';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { tPlural } from '../../lib/i18n/plural';
import { send } from '../../lib/messages/client';
import type { PickerObjective } from '../../lib/messages/responses';
import type { AnnotateResult, ObjectiveSummary } from '../../lib/model/annotation';
import type { Exclusion } from '../../lib/model/exclusion';
import type { Tracker } from '../../lib/model/item-id';
import type { Link } from '../../lib/model/link';
import { cloudTrackerOf } from '../../lib/popup/cloud-tracker';
import { summarizeFacts } from '../../lib/popup/facts-summary';
import { matchesItemFilter } from '../../lib/popup/item-filter';
import { groupItems } from '../../lib/popup/item-groups';
import { annotationsFromPage } from '../../lib/popup/page-annotations';
import { describedTabId, type PageState, readPage } from '../../lib/popup/page-connection';
import { useChanges } from '../../lib/popup/use-changes';
import { detectTracker } from '../../lib/trackers/detect-tracker';
import { TRACKER_NAMES } from '../links/tracker-names';
import { type LinkedObjective, ObjectivePicker } from '../ObjectivePicker';
import { Toast, type ToastProps } from '../overlay/Toast';
import { PageItemGroups } from './PageItemGroups';
import { PageWarnings } from './PageWarnings';
import { QuickCreateObjective } from './QuickCreateObjective';

const NO_OBJECTIVES: Readonly<Record<string, ObjectiveSummary>> = {};

type Editing = { mode: 'one'; itemId: string; subject: string } | { mode: 'many'; itemIds: string[] };

/** Reads the tab the popup describes. Started by the popup's script before its first render: a frame sooner. */
export function readDescribedPage(): Promise<PageState> {
  return describedTabId(location.search).then((tabId) => readPage(tabId, isAddedSite));
}

/**
 * The popup: the work items of the page in front of the user and their
 * objectives. `firstRead` is the tab's reading already under way, if any.
 */
export function PopupApp({ firstRead }: { firstRead?: Promise<PageState> }) {
  const [page, setPage] = useState<PageState | null>(null);
  const [detected, setDetected] = useState<'jira' | 'azure-devops' | null>(null);
  const [annotations, setAnnotations] = useState<AnnotateResult | null>(null);
  const [turnedOff, setTurnedOff] = useState<Tracker | null>(null);
  const [catalogue, setCatalogue] = useState<PickerObjective[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const started = useRef(firstRead);
  // The first render has a 100 ms budget and needs the page's items and their annotations: those are asked
  // for first, and the catalogue (a thousand objectives, for the picker and the empty state) once they are
  // in, so that taking in its answer does not hold up their render.
  const load = useCallback(async () => {
    const first = started.current;
    started.current = undefined;
    const state = await (first ?? readDescribedPage());
    setPage(state);
    // On a change, the tab may not have its new index yet: only the first render takes the tab's answer.
    const fromPage = first && state.kind === 'items' ? annotationsFromPage(state.page) : null;
    if (fromPage) setAnnotations(fromPage);
    const annotated =
      state.kind === 'items'
        ? send({ type: 'annotate', items: state.page.items.map((item) => ({ id: item.id })) }).then((reply) =>
            reply.ok ? setAnnotations(reply.data) : setError(reply.error),
          )
        : Promise.resolve();
    const listed = annotated
      .then(() => send({ type: 'listObjectives' }))
      .then((reply) => (reply.ok ? setCatalogue(reply.data.objectives) : setError(reply.error)));
    if (state.kind === 'not-added') setDetected(await detectInTab(state.tabId));
    setTurnedOff(state.kind === 'items' && state.page.items.length === 0 ? await turnedOffTracker(state.url) : null);
    await Promise.all([listed, annotated]);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useChanges(load);

  useEffect(() => {
    if (page?.kind === 'items' && annotations) performance.mark('throughline:popup-rendered');
  }, [page, annotations]);

  const items = page?.kind === 'items' ? page.page.items : [];
  const alignmentsOf = useCallback((id: string) => annotations?.items[id] ?? [], [annotations]);
  // Counted over what the page's summary counts, so that both say the same "N of M aligned".
  const counted = items.some((item) => item.listed) ? items.filter((item) => item.listed) : items;
  const aligned = counted.filter((item) => alignmentsOf(item.id).length > 0).length;
  const objectives = annotations?.objectives ?? NO_OBJECTIVES;
  const groups = useMemo(
    () =>
      groupItems(
        items.filter((item) => matchesItemFilter(item, alignmentsOf(item.id), objectives, filter)),
        alignmentsOf,
        objectives,
      ),
    [items, alignmentsOf, objectives, filter],
  );
  const unaligned = groups.unaligned.map((item) => item.id);
  // Whether there is a strategy at all: an aligned item says so before the catalogue has arrived.
  const strategy = catalogue === null ? (aligned > 0 ? 'some' : 'unknown') : catalogue.length > 0 ? 'some' : 'none';
  // Linking needs an objective to link to.
  const canLink = (catalogue?.length ?? 0) > 0;
  const notes = useMemo(() => factsNotesById(annotations?.facts ?? NO_FACTS_NOTES), [annotations]);
  const facts = useMemo(
    () =>
      summarizeFacts(
        items.map((item) => item.id),
        notes,
      ),
    [items, notes],
  );

  const linked = useMemo(() => {
    const map = new Map<string, LinkedObjective>();
    if (editing?.mode === 'one')
      for (const alignment of alignmentsOf(editing.itemId))
        map.set(alignment.objectiveId, {
          targetId: alignment.targetId,
          via: alignment.via,
          reason: describeReason(alignment, new Date()),
        });
    return map;
  }, [editing, alignmentsOf]);

  const codeOf = (objectiveId: string) =>
    catalogue?.find((objective) => objective.id === objectiveId)?.code ?? objectiveId;

  const link = async (objectiveId: string, targetId?: string) => {
    if (!editing) return;
    if (editing.mode === 'one') {
      const reply = await send({ type: 'link', itemId: editing.itemId, objectiveId, targetId });
      if (!reply.ok) return setError(reply.error);
      const { link: made, created, unexcluded } = reply.data;
      setToast({
        message: t('toast_linkedTo', editing.subject, codeOf(objectiveId)),
        onUndo:
          created || unexcluded
            ? () => void undo(undoLinks(created ? [made.id] : [], unexcluded ? [unexcluded] : []))
            : undefined,
      });
    } else {
      const reply = await send({ type: 'linkMany', itemIds: editing.itemIds, objectiveId, targetId });
      if (!reply.ok) return setError(reply.error);
      const created = reply.data.created.map((made) => made.id);
      const { unexcluded } = reply.data;
      setEditing(null);
      setSelected(new Set());
      setToast({
        message: tPlural('popupApp_linkedItemsTo', created.length, codeOf(objectiveId)),
        onUndo:
          created.length > 0 || unexcluded.length > 0 ? () => void undo(undoLinks(created, unexcluded)) : undefined,
      });
    }
    await load();
  };

  const unlink = async (objectiveId: string) => {
    if (editing?.mode !== 'one') return;
    const reply = await send({ type: 'unlink', itemId: editing.itemId, objectiveId });
    if (!reply.ok) return setError(reply.error);
    const removed = reply.data.removed;
    setToast({
      message: t('toast_unlinkedFrom', editing.subject, codeOf(objectiveId)),
      onUndo: removed ? () => void undo(send({ type: 'restoreLinks', links: [removed] })) : undefined,
    });
    await load();
  };

  const exclude = async (objectiveId: string) => {
    if (editing?.mode !== 'one') return;
    const reply = await send({ type: 'exclude', itemId: editing.itemId, objectiveId });
    if (!reply.ok) return setError(reply.error);
    const { exclusion, created, removedLink } = reply.data;
    setToast({
      message: t('toast_noLongerCountsToward', editing.subject, codeOf(objectiveId)),
      onUndo: created ? () => void undo(undoExclusion(exclusion, removedLink)) : undefined,
    });
    await load();
  };

  const undo = async (request: Promise<{ ok: boolean; error?: string }>) => {
    const reply = await request;
    setToast({ message: reply.ok ? t('toast_undone') : t('toast_couldNotUndo', reply.error ?? '') });
    await load();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupApp_throughline')}</h1>
        <nav>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupApp_workspace')}
          </button>
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
            {t('popupApp_dashboard')}
          </a>
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page === null && <p class="muted">{t('popupApp_readingThisPage')}</p>}
      {page?.kind === 'not-tracker' && (
        <section class="empty-state">
          <h2>{t('popupApp_notATrackerPage')}</h2>
          <p>{t('popupApp_throughlineShowsStrategyOnJira')}</p>
        </section>
      )}
      {page?.kind === 'not-loaded' && (
        <section class="empty-state">
          <h2>{t('popupApp_reloadThisPage')}</h2>
          <p>{t('popupApp_thisTrackerPageWasOpened')}</p>
        </section>
      )}
      {page?.kind === 'not-added' && (
        <section class="empty-state">
          <h2>
            {detected
              ? t('popupApp_thisLooksLike', detected === 'jira' ? 'Jira' : 'Azure DevOps')
              : t('popupApp_notATrackerPage')}
          </h2>
          {detected ? (
            <>
              <p>{t('popupApp_isNotOneOfYour', page.origin)}</p>
              <a
                class="button primary"
                href={browser.runtime.getURL(`/options.html#sites/${encodeURIComponent(page.origin)}`)}
                target="_blank"
                rel="noopener"
              >
                {t('popupApp_addThisSite')}
              </a>
            </>
          ) : (
            <p>{t('popupApp_throughlineShowsStrategyOnJira2')}</p>
          )}
        </section>
      )}
      {page?.kind === 'items' && items.length > 0 && strategy === 'none' && !creating && (
        <section class="empty-state">
          <h2>{t('popupApp_importOrCreateAStrategy')}</h2>
          <p>{tPlural('popupApp_foundWorkItems', items.length)}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popupApp_openTheWorkspace')}
            </button>
            <button type="button" onClick={() => setCreating(true)}>
              {t('popupApp_createAnObjective')}
            </button>
          </div>
        </section>
      )}
      {creating && (
        <QuickCreateObjective
          onCreated={() => {
            setCreating(false);
            void load();
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {page?.kind === 'items' && items.length === 0 && turnedOff && (
        <section class="empty-state">
          <h2>{t('popupApp_throughlineIsOffOn', TRACKER_NAMES[turnedOff])}</h2>
          <p>{t('popupApp_itWasTurnedOffFor', TRACKER_NAMES[turnedOff])}</p>
          <a class="button" href={browser.runtime.getURL('/options.html#settings')} target="_blank" rel="noopener">
            {t('popupApp_openSettings')}
          </a>
        </section>
      )}
      {page?.kind === 'items' && items.length === 0 && !turnedOff && (
        <section class="empty-state">
          <h2>{t('popupApp_noWorkItemsFound')}</h2>
          <p>{t('popupApp_thisIsATrackerPage')}</p>
        </section>
      )}
      {page?.kind === 'items' && items.length > 0 && strategy !== 'none' && (
        <>
          <section class="page-summary" aria-live="polite">
            <strong>
              {annotations && strategy === 'some'
                ? t('popupApp_ofAligned', aligned, counted.length)
                : tPlural('popupApp_itemsOnThisPage', items.length)}
            </strong>
            {facts.fetching > 0 && <p class="facts-status">{tPlural('popupApp_askingTheTracker', facts.fetching)}</p>}
            {facts.unavailable.map(({ reason, count }) => (
              <p key={reason} class="facts-status">
                {tPlural('popupApp_factsUnavailable', items.length, reason, count)}
              </p>
            ))}
            <div class="actions">
              {canLink && unaligned.length > 0 && (
                <button type="button" onClick={() => setEditing({ mode: 'many', itemIds: unaligned })}>
                  {filter.trim()
                    ? t('popupApp_linkTheUnalignedShownTo', unaligned.length)
                    : t('popupApp_linkAllUnalignedTo', unaligned.length)}
                </button>
              )}
              {canLink && selected.size > 0 && (
                <button
                  type="button"
                  class="primary"
                  onClick={() => setEditing({ mode: 'many', itemIds: [...selected] })}
                >
                  {t('popupApp_linkSelectedTo', selected.size)}
                </button>
              )}
              {!creating && (
                <button type="button" onClick={() => setCreating(true)}>
                  {t('popupApp_newObjective')}
                </button>
              )}
            </div>
          </section>
          {editing && (
            <section class="picker-panel" aria-label={t('popupApp_chooseObjectives')}>
              <ObjectivePicker
                subject={editing.mode === 'one' ? editing.subject : tPlural('popupApp_items', editing.itemIds.length)}
                objectives={catalogue}
                linked={linked}
                onLink={(objectiveId, targetId) => void link(objectiveId, targetId)}
                onUnlink={(objectiveId) => void unlink(objectiveId)}
                onExclude={(objectiveId) => void exclude(objectiveId)}
                onClose={() => setEditing(null)}
              />
              <button type="button" onClick={() => setEditing(null)}>
                {t('popupApp_done')}
              </button>
            </section>
          )}
          <search class="item-filter">
            <input
              type="search"
              aria-label={t('popupApp_filterWorkItems')}
              placeholder={t('popupApp_filterByKeyTitleOr')}
              value={filter}
              onInput={(event) => setFilter(event.currentTarget.value)}
            />
          </search>
          {annotations === null ? (
            <p class="muted">{t('popupApp_lookingUpThePageS')}</p>
          ) : groups.unaligned.length === 0 && groups.byObjective.length === 0 ? (
            <p class="muted">
              {messageParts(
                'popupApp_noWorkItemOnThis',
                filter.trim(),
                <button type="button" class="link-button" onClick={() => setFilter('')}>
                  {t('popupApp_clearTheFilter')}
                </button>,
              )}
            </p>
          ) : (
            <PageItemGroups
              groups={groups}
              alignmentsOf={alignmentsOf}
              facts={notes}
              objectives={objectives}
              selectable={canLink}
              selected={selected}
              onSelect={(id, on) => {
                const next = new Set(selected);
                if (on) next.add(id);
                else next.delete(id);
                setSelected(next);
              }}
              onEdit={(item) =>
                setEditing({ mode: 'one', itemId: item.id, subject: item.id.slice(item.id.lastIndexOf(':') + 1) })
              }
            />
          )}
          {annotations && <PageWarnings objectives={Object.values(annotations.objectives)} />}
        </>
      )}
      {toast && <Toast {...toast} onDismiss={() => setToast(null)} />}
    </main>
  );
}

/** Takes back links just made, and puts back the exclusions linking lifted. */
async function undoLinks(linkIds: string[], exclusions: Exclusion[]): Promise<{ ok: boolean; error?: string }> {
  const removed = linkIds.length > 0 ? await send({ type: 'removeLinks', linkIds }) : { ok: true as const };
  if (!removed.ok || exclusions.length === 0) return removed;
  return send({ type: 'restoreExclusions', exclusions });
}

/** Lifts an exclusion just made, and puts back the link it removed. */
async function undoExclusion(exclusion: Exclusion, removedLink: Link | null): Promise<{ ok: boolean; error?: string }> {
  const lifted = await send({ type: 'unexclude', itemId: exclusion.itemId, objectiveId: exclusion.objectiveId });
  if (!lifted.ok || !removedLink) return lifted;
  return send({ type: 'restoreLinks', links: [removedLink] });
}

/**
 * Whether a site is one the user added. Asked only when no content script
 * answered, so the database (and Dexie) load only then, off the first render's path.
 */
async function isAddedSite(origin: string): Promise<boolean> {
  const { pageDatabase } = await import('../../lib/db/page-database');
  return (await pageDatabase.sites.get(origin)) !== undefined;
}

/** The page's tracker when Throughline is turned off for it in Settings: then its content script lists nothing. */
async function turnedOffTracker(href: string | undefined): Promise<Tracker | null> {
  const tracker = cloudTrackerOf(href) ?? (await selfHostedTracker(href));
  if (!tracker) return null;
  const settings = await send({ type: 'getSettings' });
  return settings.ok && !settings.data.trackers.includes(tracker) ? tracker : null;
}

async function selfHostedTracker(href: string | undefined): Promise<Tracker | null> {
  const origin = URL.canParse(href ?? '') ? new URL(href!).origin : null;
  if (!origin) return null;
  const { pageDatabase } = await import('../../lib/db/page-database');
  return (await pageDatabase.sites.get(origin))?.tracker ?? null;
}

/** Whether a page Throughline may not run on yet carries a self-hosted tracker's markers (needs activeTab). */
async function detectInTab(tabId: number): Promise<'jira' | 'azure-devops' | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: detectTracker });
    return (result?.result as 'jira' | 'azure-devops' | null | undefined) ?? null;
  } catch {
    return null;
  }
}
