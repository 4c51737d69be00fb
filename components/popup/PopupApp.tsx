import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeReason } from '../../lib/alignment/describe-reason';
import { send } from '../../lib/messages/client';
import type { PickerObjective } from '../../lib/messages/responses';
import type { AnnotateResult } from '../../lib/model/annotation';
import type { Exclusion } from '../../lib/model/exclusion';
import type { Tracker } from '../../lib/model/item-id';
import type { Link } from '../../lib/model/link';
import { cloudTrackerOf } from '../../lib/popup/cloud-tracker';
import { summarizeFacts } from '../../lib/popup/facts-summary';
import { describedTabId, type PageState, readPage } from '../../lib/popup/page-connection';
import { useChanges } from '../../lib/popup/use-changes';
import { detectTracker } from '../../lib/trackers/detect-tracker';
import { TRACKER_NAMES } from '../links/tracker-names';
import { type LinkedObjective, ObjectivePicker } from '../ObjectivePicker';
import { Toast, type ToastProps } from '../overlay/Toast';
import { PageItemRow } from './PageItemRow';
import { PageWarnings } from './PageWarnings';
import { QuickCreateObjective } from './QuickCreateObjective';

type Editing = { mode: 'one'; itemId: string; subject: string } | { mode: 'many'; itemIds: string[] };

/** The popup: the work items of the page in front of the user and their objectives. */
export function PopupApp() {
  const [page, setPage] = useState<PageState | null>(null);
  const [detected, setDetected] = useState<'jira' | 'azure-devops' | null>(null);
  const [annotations, setAnnotations] = useState<AnnotateResult | null>(null);
  const [turnedOff, setTurnedOff] = useState<Tracker | null>(null);
  const [catalogue, setCatalogue] = useState<PickerObjective[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The first render has a 100 ms budget and needs the page's items and their annotations: those are asked
  // for first, and the catalogue (a thousand objectives, for the picker and the empty state) after them.
  const load = useCallback(async () => {
    const state = await readPage(await describedTabId(location.search), isAddedSite);
    setPage(state);
    const annotated =
      state.kind === 'items'
        ? send({ type: 'annotate', items: state.page.items.map((item) => ({ id: item.id })) }).then((reply) =>
            reply.ok ? setAnnotations(reply.data) : setError(reply.error),
          )
        : null;
    const listed = send({ type: 'listObjectives' }).then((reply) =>
      reply.ok ? setCatalogue(reply.data.objectives) : setError(reply.error),
    );
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
  const unaligned = items.filter((item) => alignmentsOf(item.id).length === 0).map((item) => item.id);
  const facts = useMemo(
    () =>
      summarizeFacts(
        items.map((item) => item.id),
        annotations?.facts,
      ),
    [items, annotations],
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
        message: `Linked ${editing.subject} to ${codeOf(objectiveId)}`,
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
        message: `Linked ${created.length} ${created.length === 1 ? 'item' : 'items'} to ${codeOf(objectiveId)}`,
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
      message: `Unlinked ${editing.subject} from ${codeOf(objectiveId)}`,
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
      message: `${editing.subject} no longer counts toward ${codeOf(objectiveId)}`,
      onUndo: created ? () => void undo(undoExclusion(exclusion, removedLink)) : undefined,
    });
    await load();
  };

  const undo = async (request: Promise<{ ok: boolean; error?: string }>) => {
    const reply = await request;
    setToast({ message: reply.ok ? 'Undone' : `Could not undo: ${reply.error}` });
    await load();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Throughline</h1>
        <nav>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            Workspace
          </button>
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
            Dashboard
          </a>
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page === null && <p class="muted">Reading this page…</p>}
      {page?.kind === 'not-tracker' && (
        <section class="empty-state">
          <h2>Not a tracker page</h2>
          <p>
            Throughline shows strategy on Jira, Asana and Azure DevOps pages. Open a board, backlog or work item there.
          </p>
        </section>
      )}
      {page?.kind === 'not-loaded' && (
        <section class="empty-state">
          <h2>Reload this page</h2>
          <p>This tracker page was opened before Throughline could read it. Reload it to see its work items.</p>
        </section>
      )}
      {page?.kind === 'not-added' && (
        <section class="empty-state">
          <h2>
            {detected ? `This looks like ${detected === 'jira' ? 'Jira' : 'Azure DevOps'}` : 'Not a tracker page'}
          </h2>
          {detected ? (
            <>
              <p>{page.origin} is not one of your sites yet. Add it so that Throughline works here.</p>
              <a
                class="button primary"
                href={browser.runtime.getURL(`/options.html#sites/${encodeURIComponent(page.origin)}`)}
                target="_blank"
                rel="noopener"
              >
                Add this site
              </a>
            </>
          ) : (
            <p>
              Throughline shows strategy on Jira, Asana and Azure DevOps pages, including your own Jira Data Center and
              Azure DevOps Server sites.
            </p>
          )}
        </section>
      )}
      {page?.kind === 'items' && catalogue?.length === 0 && !creating && (
        <section class="empty-state">
          <h2>No objectives yet</h2>
          <p>Import your team's strategy pack, or create the first objective.</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setCreating(true)}>
              Create an objective
            </button>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              Import a strategy pack
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
          <h2>Throughline is off on {TRACKER_NAMES[turnedOff]}</h2>
          <p>It was turned off for {TRACKER_NAMES[turnedOff]} in Settings, so it shows nothing on this page.</p>
          <a class="button" href={browser.runtime.getURL('/options.html#settings')} target="_blank" rel="noopener">
            Open Settings
          </a>
        </section>
      )}
      {page?.kind === 'items' && items.length === 0 && !turnedOff && (
        <section class="empty-state">
          <h2>No work items found</h2>
          <p>
            This is a tracker page, but Throughline found no issues, cards or rows on it. If it shows work items, the
            tracker's markup may have changed.
          </p>
        </section>
      )}
      {page?.kind === 'items' && items.length > 0 && (
        <>
          <section class="page-summary" aria-live="polite">
            <strong>
              {annotations ? `${aligned} of ${counted.length} aligned` : `${items.length} items on this page`}
            </strong>
            {facts.fetching > 0 && (
              <p class="facts-status">
                Asking the tracker about {facts.fetching} {facts.fetching === 1 ? 'item' : 'items'}; the count may still
                change.
              </p>
            )}
            {facts.unavailable.map(({ reason, count }) => (
              <p key={reason} class="facts-status">
                Facts unavailable: {reason} ({count} of {items.length} {items.length === 1 ? 'item' : 'items'}). Rules
                and parents that need them cannot count these items yet.
              </p>
            ))}
            <div class="actions">
              {unaligned.length > 0 && (
                <button type="button" onClick={() => setEditing({ mode: 'many', itemIds: unaligned })}>
                  Link all {unaligned.length} unaligned to…
                </button>
              )}
              {selected.size > 0 && (
                <button
                  type="button"
                  class="primary"
                  onClick={() => setEditing({ mode: 'many', itemIds: [...selected] })}
                >
                  Link {selected.size} selected to…
                </button>
              )}
              {!creating && (
                <button type="button" onClick={() => setCreating(true)}>
                  New objective
                </button>
              )}
            </div>
          </section>
          {editing && (
            <section class="picker-panel" aria-label="Choose objectives">
              <ObjectivePicker
                subject={editing.mode === 'one' ? editing.subject : `${editing.itemIds.length} items`}
                objectives={catalogue}
                linked={linked}
                onLink={(objectiveId, targetId) => void link(objectiveId, targetId)}
                onUnlink={(objectiveId) => void unlink(objectiveId)}
                onExclude={(objectiveId) => void exclude(objectiveId)}
                onClose={() => setEditing(null)}
              />
              <button type="button" onClick={() => setEditing(null)}>
                Done
              </button>
            </section>
          )}
          <ul class="items" aria-label="Work items on this page">
            {items.map((item) => (
              <PageItemRow
                key={item.id}
                item={item}
                alignments={alignmentsOf(item.id)}
                factsNote={annotations?.facts[item.id]}
                objectives={annotations?.objectives ?? {}}
                selected={selected.has(item.id)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  if (on) next.add(item.id);
                  else next.delete(item.id);
                  setSelected(next);
                }}
                onEdit={() =>
                  setEditing({ mode: 'one', itemId: item.id, subject: item.id.slice(item.id.lastIndexOf(':') + 1) })
                }
              />
            ))}
          </ul>
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
