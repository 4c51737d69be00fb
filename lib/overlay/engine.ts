import { h, render } from 'preact';
import { type FloatingCard, OverlayLayer } from '../../components/overlay/OverlayLayer';
import { SummaryBar } from '../../components/overlay/SummaryBar';
import type { ToastProps } from '../../components/overlay/Toast';
import { describeReason } from '../alignment/describe-reason';
import type { RequestOf } from '../messages/client';
import type { PageItemsReply } from '../messages/notices';
import type { Reply, RequestType } from '../messages/protocol';
import type { PickerObjective, ResponseMap } from '../messages/responses';
import type { ItemAlignment } from '../model/annotation';
import { isHttpUrl } from '../model/http-url';
import type { Adapter } from '../trackers/adapter';
import { createAnnotationStore } from './annotation-store';
import { ACTION_ATTR, OBJECTIVE_ATTR, renderChips } from './chip-dom';
import { createHost, existingHost, HOST_TAG, isOurElement, LAYER_TAG, SUMMARY_TAG } from './host-elements';
import { pageIsDark } from './page-theme';
import { type Found, runAdapters } from './run-adapters';
import { createSeenQueue } from './seen-queue';
import { adoptStyles } from './stylesheet';
import { summarize } from './summary-data';

export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Reply<ResponseMap[T]>>;

export interface OverlayDeps {
  doc: Document;
  adapters: readonly Adapter[];
  send: Send;
  url(): URL;
  now(): number;
  setTimeout(fn: () => void, ms: number): void;
  /** Runs one synchronous piece of the overlay's work, so that its cost can be measured. */
  trace?(name: 'scan' | 'reconcile', work: () => void): void;
  /** Hosts placed per task (RENDER_SLICE unless a test wants smaller slices). */
  renderSlice?: number;
  /** Fetches, from the tracker's API, the facts of items the background asked for. */
  requestFacts?(ids: readonly string[]): void;
}

/**
 * Hosts placed per task. Yielding between slices lets the browser lay out
 * the page in between, and on a 2,000-card board each such layout cost more
 * (130–200 ms, measured) than the long task it avoided; so a board is placed
 * in one task, and only bigger pages are split.
 */
const RENDER_SLICE = 2500;

/** More added subtrees than this in one batch (a view replaced wholesale) are read as a whole page. */
const MAX_ROOTS = 200;

const CONTAINER_ATTR = 'data-throughline-container';
const DIM_ATTR = 'data-throughline-dim';
const PAGE_STYLE_ID = 'throughline-page-style';
const HIDE_CARD_AFTER_MS = 200;
const CHIP_EVENTS = ['click', 'mouseover', 'mouseout', 'focusin', 'focusout'] as const;
const REVEAL_EVENTS = ['mouseover', 'focusin'] as const;

/**
 * The page-agnostic overlay: finds items through the adapters, asks the
 * background about the new ones in one request per scan, and keeps exactly
 * one chip host per item and anchor in step with the page.
 */
export function createOverlay(deps: OverlayDeps) {
  const { doc, send } = deps;
  const store = createAnnotationStore(async (items) => {
    const reply = await send({ type: 'annotate', items });
    if (reply.ok && reply.data.fetch.length > 0) deps.requestFacts?.(reply.data.fetch);
    return reply.ok ? reply.data : null;
  });
  const seen = createSeenQueue<Found>((items, now) => {
    const lastSeen = new Date(now).toISOString();
    const records = items.flatMap((item) => {
      const url = item.url ?? (item.kind === 'detail' ? deps.url().href : undefined);
      return url && isHttpUrl(url) ? [{ id: item.id, title: item.title, status: item.status, url, lastSeen }] : [];
    });
    if (records.length > 0) void send({ type: 'recordSeen', items: records });
  }, deps.setTimeout);

  let found: Found[] = [];
  let summaryAnchor: Element | null = null;
  let hosts = new Set<HTMLElement>();
  const hostOf = new Map<Found, HTMLElement>();
  const itemOfContainer = new WeakMap<Element, Found>();
  /** Hosts whose chips are built; an unaligned card's wait until it is hovered or focused. */
  const revealed = new WeakSet<HTMLElement>();
  let renderQueue: readonly Found[] = [];
  let renderScheduled = false;
  const signatures = new WeakMap<HTMLElement, string>();
  const itemOfHost = new WeakMap<HTMLElement, Found>();
  let summaryHost: HTMLElement | null = null;
  let layerHost: HTMLElement | null = null;
  let dark = false;
  let dimmed = false;
  let full = false;
  let renderVersion = 0;
  let destroyed = false;
  /**
   * `off` when the user turned this tracker off in Settings: then the overlay
   * leaves nothing in the page. `pending` while the settings are on their way:
   * items are found and asked about, but nothing is placed until they arrive.
   */
  let state: 'on' | 'off' | 'pending' = 'on';

  let card: FloatingCard | null = null;
  let cardTimer = 0;
  let picker: { itemId: string; subject: string; opener: HTMLElement } | null = null;
  let catalogue: PickerObjective[] | null = null;
  let pickerError: string | undefined;
  let toast: Omit<ToastProps, 'onDismiss'> | null = null;

  const trace = deps.trace ?? ((_name: string, work: () => void) => work());

  function scan(): void {
    trace('scan', scanNow);
  }

  function reconcile(): void {
    trace('reconcile', reconcileNow);
  }

  /** Reads the whole page again: on start, after navigation, and when a change is too big to follow piecemeal. */
  function scanNow(): void {
    if (destroyed || state === 'off') return;
    ({ items: found, summaryAnchor } = runAdapters(deps.adapters, doc, deps.url()));
    dark = pageIsDark(doc);
    reconcileNow();
    requestMissing(found);
  }

  /**
   * Follows a batch of DOM changes without reading the whole page: items whose
   * card went are dropped, the added subtrees are read, and items whose host
   * the page removed (React re-rendering a card's insides) are read again.
   */
  function update(records: readonly MutationRecord[]): void {
    trace('scan', () => updateNow(records));
  }

  function updateNow(records: readonly MutationRecord[]): void {
    if (destroyed || state === 'off') return;
    const roots: Element[] = [];
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE && node.isConnected && !isOurElement(node)) roots.push(node as Element);
    if (roots.length > MAX_ROOTS || (summaryAnchor !== null && !summaryAnchor.isConnected)) {
      scanNow();
      return;
    }
    const kept: Found[] = [];
    for (const item of found) {
      const host = hostOf.get(item);
      if (item.anchor.isConnected && (!host || host.isConnected)) kept.push(item);
      else {
        dropItem(item);
        if (item.container.isConnected) roots.push(item.container);
      }
    }
    const keptAt = new Map<Element, Set<string>>();
    for (const item of kept) keptAt.set(item.anchor, (keptAt.get(item.anchor) ?? new Set()).add(item.id));
    const fresh: Found[] = [];
    const url = deps.url();
    for (const root of outermost(roots))
      for (const item of runAdapters(deps.adapters, doc, url, root).items)
        if (!keptAt.get(item.anchor)?.has(item.id)) fresh.push(item);
    found = kept.concat(fresh);
    if (fresh.length > 0) renderItems(fresh);
    updateSummary();
    requestMissing(fresh);
  }

  function requestMissing(items: readonly Found[]): void {
    const missing = items.filter((item) => !store.isKnown(item.id));
    if (missing.length === 0) return;
    const ids = new Set(missing.map((item) => item.id));
    void store.fetch(uniqueRequests(missing)).then((answered) => {
      // A scan meanwhile may have found the same items again as new objects: render what is found now.
      if (answered) trace('reconcile', () => renderItems(found.filter((item) => ids.has(item.id))));
    });
  }

  /**
   * Asks again about everything in view. Changes come in bursts (each batch
   * of fetched facts is one), so a refresh asked for while one runs becomes
   * one more refresh after it, not one per change.
   */
  let refreshing: Promise<void> | null = null;
  let refreshAgain = false;
  function refresh(): Promise<void> {
    if (refreshing) {
      refreshAgain = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        refreshAgain = false;
        catalogue = null;
        if (await store.refresh(uniqueRequests(found))) {
          renderVersion++;
          reconcile();
        }
        if (picker) void loadCatalogue();
      } while (refreshAgain && !destroyed);
      refreshing = null;
    })();
    return refreshing;
  }

  /** Puts every found item in step with what is known, and removes hosts no item claims. */
  function reconcileNow(): void {
    if (destroyed || state !== 'on') return;
    const claimed = new Set<HTMLElement>();
    for (const item of found) {
      const host = placeItem(item, claimed);
      if (host) claimed.add(host);
    }
    for (const host of hosts) if (!claimed.has(host)) host.remove();
    hosts = claimed;
    updateSummary();
  }

  /**
   * Places and renders the hosts of newly found items, leaving the others
   * alone. A big board is done in slices, each its own task, so that the
   * page stays responsive (no long task of ours) while 2,000 cards appear.
   */
  function renderItems(items: readonly Found[]): void {
    renderQueue = renderQueue.concat(items);
    drainRenderQueue();
  }

  function drainRenderQueue(): void {
    if (destroyed || state !== 'on') {
      renderQueue = [];
      return;
    }
    const size = deps.renderSlice ?? RENDER_SLICE;
    const slice = renderQueue.slice(0, size);
    renderQueue = renderQueue.slice(size);
    for (const item of slice) {
      const host = placeItem(item, hosts);
      if (host) hosts.add(host);
    }
    if (renderQueue.length === 0) {
      updateSummary();
      return;
    }
    if (renderScheduled) return;
    renderScheduled = true;
    deps.setTimeout(() => {
      renderScheduled = false;
      trace('reconcile', drainRenderQueue);
    }, 0);
  }

  /** The host of one item, created or reused, with its state and chips up to date; null until the item is known. */
  function placeItem(item: Found, taken: ReadonlySet<HTMLElement>): HTMLElement | null {
    const alignments = store.get(item.id);
    if (!alignments || !item.anchor.isConnected) return null;
    const state = alignments.length > 0 ? 'aligned' : 'unaligned';
    let host = existingHost(item.anchor, item.placement);
    if (!host || (taken.has(host) && hostOf.get(item) !== host)) {
      host = createHost(item.id, state, item.anchor, item.placement, doc);
    } else {
      setAttr(host, 'data-throughline-item', item.id);
      setAttr(host, 'data-throughline-state', state);
    }
    hostOf.set(item, host);
    itemOfHost.set(host, item);
    itemOfContainer.set(item.container, item);
    // Marking the tracker's own cards restyles them, so it waits until the user asks for dimming.
    if (dimmed && item.kind !== 'detail') setAttr(item.container, CONTAINER_ATTR, state);
    // An unaligned card or row shows nothing until hovered or focused, so its chips are built only then:
    // on a 2,000-card board that is most of the work and of the page's restyling saved.
    if (alignments.length > 0 || item.kind === 'detail' || revealed.has(host)) renderHost(host, item, alignments);
    seen.add(item, deps.now());
    return host;
  }

  function renderHost(host: HTMLElement, item: Found, alignments: readonly ItemAlignment[]): void {
    if (!revealed.has(host)) {
      revealed.add(host);
      adoptStyles(host.shadowRoot!);
    }
    // Only the styles read these; a host with nothing built yet needs neither.
    setAttr(host, 'data-kind', item.kind);
    setAttr(host, 'data-theme', dark ? 'dark' : 'light');
    const signature = `${item.id}|${item.kind}|${full}|${renderVersion}|${alignmentKey(alignments)}`;
    if (signatures.get(host) === signature) return;
    signatures.set(host, signature);
    renderChips(host.shadowRoot!, {
      itemKey: item.ref.key,
      kind: item.kind,
      full,
      alignments,
      objectives: store.objectives,
    });
  }

  /** Builds the chips of the card or row under the pointer or the focus, when they were left for later. */
  function onReveal(event: Event): void {
    for (let at = event.composedPath()[0] as Node | null; at; at = at.parentNode) {
      const item = itemOfContainer.get(at as Element);
      if (!item) continue;
      const host = hostOf.get(item);
      const alignments = store.get(item.id);
      if (host && alignments && !revealed.has(host)) renderHost(host, item, alignments);
      return;
    }
  }
  for (const type of REVEAL_EVENTS) doc.addEventListener(type, onReveal, true);

  function dropItem(item: Found): void {
    const host = hostOf.get(item);
    hostOf.delete(item);
    if (!host) return;
    hosts.delete(host);
    host.remove();
  }

  /** Hover, focus and clicks on every chip of the page arrive here, through the event's composed path. */
  function onChipEvent(event: Event): void {
    const path = event.composedPath();
    const target = path.find((node): node is Element => node instanceof Element && node.hasAttribute(ACTION_ATTR));
    const host = target && path.find((node): node is HTMLElement => node instanceof HTMLElement && hosts.has(node));
    const item = host && itemOfHost.get(host);
    if (!target || !item) return;
    const action = target.getAttribute(ACTION_ATTR);
    if (action === 'pick' && event.type === 'click') openPicker(item, target as HTMLElement);
    if (action !== 'objective') return;
    if (event.type === 'mouseout' || event.type === 'focusout') hideCardSoon();
    else showCard(item.id, target.getAttribute(OBJECTIVE_ATTR) ?? '', target as HTMLElement);
  }
  for (const type of CHIP_EVENTS) doc.addEventListener(type, onChipEvent, true);

  function updateSummary(): void {
    const listed = new Set(found.filter((item) => item.listed).map((item) => item.id));
    if (listed.size === 0) {
      summaryHost?.remove();
      summaryHost = null;
      return;
    }
    // Counts change only once every item in view has its final answer (facts being fetched may still align it),
    // so they never show a half-finished state; a fetch that fails ends the wait like one that succeeds.
    for (const id of listed) if (!store.get(id) || store.isFetching(id)) return;
    const { aligned, total, split } = summarize(listed, store.get, store.objectives);
    const host = summaryHost?.isConnected ? summaryHost : createSummaryHost();
    summaryHost = host;
    const anchor = summaryAnchor?.isConnected ? summaryAnchor : null;
    if (anchor && host.previousElementSibling !== anchor) anchor.after(host);
    if (!anchor && host.parentElement !== doc.body) (doc.body ?? doc.documentElement).append(host);
    host.toggleAttribute('data-floating', !anchor);
    setAttr(host, 'data-aligned', String(aligned));
    setAttr(host, 'data-total', String(total));
    setAttr(host, 'data-theme', dark ? 'dark' : 'light');
    render(h(SummaryBar, { aligned, total, split, dimmed, onToggleDim: toggleDim }), host.shadowRoot!);
  }

  function createSummaryHost(): HTMLElement {
    const host = doc.createElement(SUMMARY_TAG);
    host.setAttribute('data-throughline-summary', '');
    host.attachShadow({ mode: 'open' });
    adoptStyles(host.shadowRoot!);
    return host;
  }

  function toggleDim(): void {
    dimmed = !dimmed;
    ensurePageStyle();
    doc.documentElement.toggleAttribute(DIM_ATTR, dimmed);
    if (dimmed) reconcile();
    else updateSummary();
  }

  function ensurePageStyle(): void {
    if (doc.getElementById(PAGE_STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = PAGE_STYLE_ID;
    style.textContent = `html[${DIM_ATTR}] [${CONTAINER_ATTR}="aligned"] { opacity: 0.35; transition: opacity 120ms; }`;
    (doc.head ?? doc.documentElement).append(style);
  }

  function showCard(itemId: string, objectiveId: string, anchor: HTMLElement): void {
    const objective = store.objectives.get(objectiveId);
    if (!objective) return;
    clearTimeout(cardTimer);
    const alignment = store.get(itemId)?.find((candidate) => candidate.objectiveId === objectiveId);
    card = {
      objective,
      reason: alignment && describeReason(alignment, new Date()),
      rect: anchor.getBoundingClientRect(),
    };
    renderLayer();
  }

  function hideCardSoon(): void {
    clearTimeout(cardTimer);
    cardTimer = window.setTimeout(() => {
      card = null;
      renderLayer();
    }, HIDE_CARD_AFTER_MS);
  }

  function openPicker(item: Found, opener: HTMLElement): void {
    card = null;
    picker = { itemId: item.id, subject: item.ref.key, opener };
    pickerError = undefined;
    renderLayer();
    if (!catalogue) void loadCatalogue();
  }

  function closePicker(): void {
    const opener = picker?.opener;
    picker = null;
    renderLayer();
    if (opener?.isConnected) opener.focus();
  }

  async function loadCatalogue(): Promise<void> {
    const reply = await send({ type: 'listObjectives' });
    if (reply.ok) catalogue = reply.data.objectives;
    else pickerError = reply.error;
    renderLayer();
  }

  async function link(itemId: string, subject: string, objectiveId: string, targetId?: string): Promise<void> {
    const reply = await send({ type: 'link', itemId, objectiveId, targetId });
    if (!reply.ok) return showError(reply.error);
    const code = codeOf(objectiveId);
    const { link: made, created, unexcluded } = reply.data;
    showToast(
      `Linked ${subject} to ${code}`,
      created || unexcluded
        ? () =>
            void undo(
              (async () => {
                const removed = created ? await send({ type: 'removeLinks', linkIds: [made.id] }) : reply;
                if (!removed.ok || !unexcluded) return removed;
                return send({ type: 'restoreExclusions', exclusions: [unexcluded] });
              })(),
            )
        : undefined,
    );
    await refresh();
  }

  /** "Not this item": the objective a rule or an ancestor gives no longer counts for this item. */
  async function exclude(itemId: string, subject: string, objectiveId: string): Promise<void> {
    const reply = await send({ type: 'exclude', itemId, objectiveId });
    if (!reply.ok) return showError(reply.error);
    const { exclusion, created, removedLink } = reply.data;
    showToast(
      `${subject} no longer counts toward ${codeOf(objectiveId)}`,
      created
        ? () =>
            void undo(
              (async () => {
                const lifted = await send({ type: 'unexclude', itemId, objectiveId: exclusion.objectiveId });
                if (!lifted.ok || !removedLink) return lifted;
                return send({ type: 'restoreLinks', links: [removedLink] });
              })(),
            )
        : undefined,
    );
    await refresh();
  }

  async function unlink(itemId: string, subject: string, objectiveId: string): Promise<void> {
    const reply = await send({ type: 'unlink', itemId, objectiveId });
    if (!reply.ok) return showError(reply.error);
    const removed = reply.data.removed;
    showToast(
      `Unlinked ${subject} from ${codeOf(objectiveId)}`,
      removed ? () => void undo(send({ type: 'restoreLinks', links: [removed] })) : undefined,
    );
    await refresh();
  }

  async function undo(request: Promise<Reply<unknown>>): Promise<void> {
    const reply = await request;
    toast = reply.ok ? { message: 'Undone' } : { message: `Could not undo: ${reply.error}` };
    renderLayer();
    await refresh();
  }

  function showError(message: string): void {
    pickerError = message;
    renderLayer();
  }

  function showToast(message: string, onUndo?: () => void): void {
    toast = { message, onUndo };
    renderLayer();
  }

  function codeOf(objectiveId: string): string {
    return (
      catalogue?.find((objective) => objective.id === objectiveId)?.code ??
      store.objectives.get(objectiveId)?.code ??
      objectiveId
    );
  }

  function renderLayer(): void {
    if (destroyed || state !== 'on') return;
    if (!layerHost?.isConnected) {
      layerHost = doc.createElement(LAYER_TAG);
      layerHost.attachShadow({ mode: 'open' });
      adoptStyles(layerHost.shadowRoot!);
      // Keys typed in the picker must not reach the tracker's own shortcuts.
      for (const type of ['keydown', 'keyup', 'keypress'])
        layerHost.addEventListener(type, (event) => event.stopPropagation());
      (doc.body ?? doc.documentElement).append(layerHost);
    }
    setAttr(layerHost, 'data-theme', dark ? 'dark' : 'light');
    const current = picker;
    const now = new Date();
    const linked = new Map(
      (current ? (store.get(current.itemId) ?? []) : []).map((alignment) => [
        alignment.objectiveId,
        { targetId: alignment.targetId, via: alignment.via, reason: describeReason(alignment, now) },
      ]),
    );
    render(
      h(OverlayLayer, {
        card,
        picker: current
          ? {
              subject: current.subject,
              rect: current.opener.getBoundingClientRect(),
              objectives: catalogue,
              error: pickerError,
              linked,
              onLink: (objectiveId, targetId) => void link(current.itemId, current.subject, objectiveId, targetId),
              onUnlink: (objectiveId) => void unlink(current.itemId, current.subject, objectiveId),
              onExclude: (objectiveId) => void exclude(current.itemId, current.subject, objectiveId),
            }
          : null,
        toast,
        onCardEnter: () => clearTimeout(cardTimer),
        onCardLeave: hideCardSoon,
        onClosePicker: closePicker,
        onDismissToast: () => {
          toast = null;
          renderLayer();
        },
      }),
      layerHost.shadowRoot!,
    );
  }

  /** Opens the picker for the item that holds the keyboard focus (or the only item of a detail view). */
  function openPickerForFocus(): boolean {
    const active = doc.activeElement;
    let item: Found | undefined;
    if (active?.tagName === HOST_TAG.toUpperCase()) item = itemOfHost.get(active as HTMLElement);
    item ??= active ? found.find((candidate) => candidate.container.contains(active)) : undefined;
    if (!item) {
      const details = found.filter((candidate) => candidate.kind === 'detail');
      if (details.length === 1) item = details[0];
    }
    if (!item) return false;
    const host = [...hosts].find((candidate) => itemOfHost.get(candidate) === item);
    openPicker(item, host ?? (item.anchor as HTMLElement));
    return true;
  }

  /** Closes the picker when the page, not the picker, has the focus; answers whether one was open. */
  function closePickerFromPage(): boolean {
    if (!picker) return false;
    closePicker();
    return true;
  }

  function pageItems(): PageItemsReply {
    const first = found[0];
    const byId = new Map<string, Found>();
    for (const item of found) if (!byId.has(item.id)) byId.set(item.id, item);
    const listed = new Set(found.filter((item) => item.listed).map((item) => item.id));
    return {
      tracker: first?.ref.tracker ?? '',
      site: first?.ref.site ?? '',
      views: [...new Set(found.map((item) => item.kind))],
      items: [...byId.values()].map((item) => {
        const alignments = store.get(item.id);
        return {
          id: item.id,
          kind: item.kind,
          title: item.title,
          url: item.url,
          listed: listed.has(item.id),
          state: alignments === undefined ? 'pending' : alignments.length > 0 ? 'aligned' : 'unaligned',
        };
      }),
    };
  }

  function setDensity(value: 'compact' | 'full'): void {
    if ((value === 'full') === full) return;
    full = value === 'full';
    reconcile();
  }

  /** Turns the overlay off (chips, summary, picker and dimming removed) or back on with a fresh scan. */
  function setEnabled(value: boolean): void {
    const next = value ? 'on' : 'off';
    if (next === state || destroyed) return;
    const was = state;
    state = next;
    if (state === 'on') {
      // Coming out of `pending`, what was found is already asked about: it only needs placing.
      if (was === 'pending') reconcile();
      else scan();
      return;
    }
    clearPage();
    // The popup then lists nothing for this page, and no seen items are recorded.
    found = [];
    picker = null;
    card = null;
    toast = null;
    dimmed = false;
  }

  /** Finds and asks, but places nothing until setEnabled says whether this tracker is on. */
  function holdUntilEnabled(): void {
    if (state === 'on' && hosts.size === 0) state = 'pending';
  }

  function destroy(): void {
    destroyed = true;
    for (const type of CHIP_EVENTS) doc.removeEventListener(type, onChipEvent, true);
    for (const type of REVEAL_EVENTS) doc.removeEventListener(type, onReveal, true);
    clearPage();
  }

  function clearPage(): void {
    for (const host of hosts) host.remove();
    hosts.clear();
    hostOf.clear();
    summaryHost?.remove();
    summaryHost = null;
    layerHost?.remove();
    layerHost = null;
    doc.getElementById(PAGE_STYLE_ID)?.remove();
    doc.documentElement.removeAttribute(DIM_ATTR);
    for (const element of doc.querySelectorAll(`[${CONTAINER_ATTR}]`)) element.removeAttribute(CONTAINER_ATTR);
  }

  return {
    scan,
    update,
    refresh,
    flushSeen: () => seen.flushNow(),
    pageItems,
    openPickerForFocus,
    closePickerFromPage,
    setDensity,
    setEnabled,
    holdUntilEnabled,
    destroy,
  };
}

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function alignmentKey(alignments: readonly ItemAlignment[]): string {
  return alignments.map((a) => `${a.objectiveId}:${a.targetId ?? ''}:${a.via}`).join(',');
}

function uniqueRequests(items: readonly Found[]) {
  const byId = new Map<string, { id: string; facts?: Found['facts'] }>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, { id: item.id, facts: item.facts });
  return [...byId.values()];
}

/** The roots that are not inside another root, so that no subtree is read twice. */
function outermost(roots: readonly Element[]): Element[] {
  const unique = [...new Set(roots)];
  return unique.filter((root) => !unique.some((other) => other !== root && other.contains(root)));
}
