import type { FactsReport } from '../facts/facts-fetcher';
import type { PageItemsReply } from '../messages/notices';
import type { Send } from '../messages/reply-sender';
import type { ItemAlignment } from '../model/annotation';
import { type SeenRecord, seenColumns } from '../model/seen-columns';
import type { Adapter } from '../trackers/adapter';
import { listenToChips } from './chip-events';
import type { Dimming } from './dimming';
import { createFactsKeeper } from './facts-keeper';
import { createFindStage } from './find-stage';
import { createFloatingProxy, type LoadFloatingUi } from './floating-proxy';
import { HOST_TAG, isInPlace } from './host-elements';
import { createHostRepair } from './host-repair';
import type { ChangeQueue, PageChanges } from './page-changes';
import { createPageCounts } from './page-counts';
import { createPageItems, type PageItem, type Upsert } from './page-items';
import { pageItemsReply } from './page-items-reply';
import { pageIsDark } from './page-theme';
import { type ChipLook, createPlacer } from './place';
import type { Resolution, ResolveStage } from './resolve';
import { createResolveQueue } from './resolve-queue';
import { createSeenQueue } from './seen-queue';
import { createSummary } from './summary';
import type { Timers } from './timers';
import { createPageView, type PageView } from './view';
import type { WorkTimer } from './work-timer';

export interface OverlayDeps {
  doc: Document;
  adapters: readonly Adapter[];
  resolve: ResolveStage;
  send: Send;
  /** The page's changes as they come (page-changes.ts): read here a few at a time, in the slices of the work. */
  changes: ChangeQueue;
  url(): Readonly<URL>;
  now(): number;
  timers: Timers;
  work: WorkTimer;
  /** Runs a piece of the engine's work, which may write to the page, unseen by the page's watcher (page-changes.ts). */
  quietly(write: () => void): void;
  /** Whether a person caused an event (`isTrusted`); unit tests, which cannot make trusted events, say which they stand for. */
  trusted?(event: Event): boolean;
  /** Fetches, from the tracker's API, the facts of items the background asked for. */
  requestFacts(ids: readonly string[]): void;
  /** The hover card, picker, toasts and summary bar: code the tab loads when first needed (overlay-parts.ts). */
  loadFloatingUi: LoadFloatingUi;
}

/**
 * Longest piece of work done in one go. A board of thousands of cards added
 * at once is read in pieces, each its own task, so that no task of ours
 * nears the 50 ms of a long task (the records of our own writes, the
 * summary and the facts' batch come after the slice, within the same
 * piece: up to half as long again on a big board). Not shorter: every
 * piece that adds hosts may be followed by a frame, and a frame of a page of
 * thousands of cards costs more than the piece (10 ms pieces put 200 ms
 * between a 50-card change and its last hosts, at p95). The same while the
 * page is parsed: 30 ms there made each load's longest piece of a 2,000-card
 * board 4 ms longer, and its last hosts came no sooner after
 * DOMContentLoaded.
 */
const SLICE_MS = 20;
/**
 * The slice of a piece that goes on with reading a piece before it left: a
 * big board's load after its parse, a change of hundreds of cards. The
 * piece that began the work keeps its whole slice: a 50-card change is
 * placed in the piece of its records, and a 2,000-card board's hosts still
 * come 7-8 ms after DOMContentLoaded (12 ms for every piece: 274-330 ms,
 * each yield letting the page lay itself out). Most of a 20,000-card
 * board's long pieces were one of these: the slice plus a young collection
 * or a wait for a core of 5-50 ms in its last step. At 12 ms, the longest
 * piece of that load in five runs was 25.9-44.8 ms (median 32.8) against
 * 35.4-51.4 (38.7), its last hosts as soon; at 10 ms, one run of three had
 * a 64.7 ms piece.
 */
const CONTINUING_SLICE_MS = 12;
/**
 * The slice of the first piece to go on with a run of work, when it runs as
 * the frame starts: what it leaves is painted without chips, and waits for
 * that frame's layout (of a 400-card column of a 2,000-card board: hundreds
 * of milliseconds). A column's replacement did not fit in the first piece
 * and its second slice, and its last hosts came 0.4-1.3 s after it in one
 * of ten or twenty (p95 607-663 ms in two runs of `changes` of three);
 * finished in the frame, at p95 69 ms. Only the first such piece: a big
 * board's load goes on in pieces of CONTINUING_SLICE_MS. Not while the page
 * is parsed: the frame then shows the parser's cards, not a change's, and
 * the page's whole-heap collections come due in whatever script runs, on a
 * board with little script of its own ours (7 loads of 14, traced): 10-20 ms
 * on top of the piece. Each of 14 loads' longest piece was 31.3 ms (median;
 * max 34.5) with the frame's slice there, 23.3-23.8 ms (max 31.3-37.8) without.
 */
const FRAME_SLICE_MS = 30;
/**
 * The slice of page reading done in the piece that takes in facts or an
 * index: it has already parsed the tracker's answer, and hands what it took
 * in to the background after. With a whole slice, the answers of a
 * 20,000-card board's load made pieces of 40-66 ms.
 */
const ARRIVAL_SLICE_MS = 8;
/**
 * New items told to the background together, each telling a task of its
 * own, once the page's items are read: a tracker is asked at most 100 at a
 * time anyway. Not while a big board is still being read: each telling sets
 * off the background's bookkeeping, the tracker's fetches and their answers
 * taken in, all competing with the reading for this machine's two cores.
 * Told as they were read, a 20,000-card board's last hosts came 2.6-3.8 s
 * after DOMContentLoaded; told after, 1.7-2.2 s.
 */
const FACTS_BATCH = 250;
/** Items read, or resolved and placed, between two looks at the clock. */
const STEP = 32;
/** Mutation records (or elements they added) read between two looks at the clock: a few microseconds each. */
const RECORDS_STEP = 128;
/**
 * Added subtrees a piece reads on its way to its first batch (with one read
 * of records, then one batch read, resolved and placed), even past its
 * deadline: a card's subtree takes tens of microseconds. Enough for 64 cards
 * re-created one by one. A piece that had read more by its deadline (the
 * parser's cards, hundreds at a time) has had its slice: reading 64 more
 * made it up to 20 ms longer.
 */
const FIRST_BATCH_ROOTS = 64;

/**
 * The overlay, a pipeline the page's changes run through:
 *
 *   find     added subtrees looked through for the containers of items (find-stage.ts), which the
 *            view's adapters read (view.ts, finder.ts)
 *   follow   items are kept by the element they were read from; what leaves the page leaves them (page-items.ts)
 *   resolve  items queued and taken a batch at a time (resolve-queue.ts); alignments come from the
 *            site index, in the page (resolve.ts); the background keeps the facts and says which to fetch
 *            from the tracker (facts-keeper.ts)
 *   place    one host per item, with the contract's item and state (place.ts); hosts the page
 *            touched put right (host-repair.ts)
 *   show     the counts (page-counts.ts) and the summary, dimming, the chips' events (chip-events.ts)
 *            and the layer with the hover card, the picker and toasts
 *
 * This file holds the order of it all: the slices of work (`process`), views, settings and the page leaving.
 * Every entry point runs inside `guarded`: nothing thrown here reaches the page.
 */
export function createOverlay(deps: OverlayDeps) {
  const { doc, resolve, timers, work, changes } = deps;
  const trusted = deps.trusted ?? ((event: Event) => event.isTrusted);
  const items = createPageItems();
  const placer = createPlacer(doc, items);
  const find = createFindStage({ removeCopies: (root, leaf) => placer.removeCopies(root, leaf) });
  const counts = createPageCounts();
  const queue = createResolveQueue({ items: () => items.values() });
  const floating = createFloatingProxy(deps.loadFloatingUi, {
    doc,
    send: deps.send,
    timers,
    objective: resolve.objective,
    alignments: alignmentsOf,
    dark: () => dark,
    active: () => !destroyed && state === 'on',
    guarded,
  });
  const summary = createSummary(doc, floating.drawSummary);
  /** Made by the floating UI part when its summary bar first turns dimming on (`onToggleDim`). */
  let dimming: Dimming | null = null;
  const facts = createFactsKeeper({
    send: deps.send,
    fetchedAt: resolve.fetchedAt,
    fetched: (fetched, at) =>
      resolve.addFacts(fetched.map(({ id, facts: known }) => ({ id, facts: known, fetchedAt: at }))),
    // Called from the background's answer, outside any piece: the tracker's requests it starts are our work too.
    requestFacts: (ids) => guarded(() => deps.requestFacts(ids)),
    settled: () => guarded(showSummary),
    now: deps.now,
    later: (fn, ms) => deps.timers.timeout(() => guarded(fn), ms),
  });
  // Handed over in the page's idle time, outside any piece: timed as one, since it is our work all the same. Queued
  // as records, not items: an item holds its card, and a view left within the queue's wait kept its cards alive.
  const seen = createSeenQueue<SeenRecord>(
    (batch, now) =>
      work.run(() => void deps.send({ type: 'recordSeen', seen: seenColumns(batch, new Date(now).toISOString()) })),
    timers,
  );

  /** `pending` until the settings say whether this tracker is on: items are read and resolved, nothing is placed. */
  let state: 'pending' | 'on' | 'off' = 'pending';
  let destroyed = false;
  let view: PageView | null = null;
  let full = false;
  let dark = false;
  let catalogueVersion = 0;
  let detailItems = 0;
  let listedShape = '';
  let continuing = false;
  /** Pieces that went on with the work under way since it began: 0 while nothing is left over. */
  let continuations = 0;
  /**
   * Items read since the last `tellUntold`, for the seen queue and the facts
   * keeper (`true`: new, and so seen as well), told in a task after the piece
   * that placed their hosts: nothing on screen waits for either, and telling
   * them was 0.3-0.5 ms of a 50-card change's 3-4 ms piece (CPU profile of 30).
   */
  const untold: [PageItem, boolean][] = [];
  /** Whether the view has read any item yet: its first items often come with the page's header. */
  let sawItems = false;
  /** Views started, counted: the number marks the items a view's first read met (`PageItem.readIn`). */
  let views = 0;
  /** While a new view's first read of the page is under way: its number, to drop the items it did not meet once done. */
  let firstRead: number | null = null;

  const look = (): ChipLook => ({ full, dark, catalogueVersion, objectives: resolve.objectives });

  function alignmentsOf(itemId: string): readonly ItemAlignment[] | undefined {
    for (const item of items.values()) if (item.id === itemId && item.resolution !== 'pending') return item.resolution;
    return undefined;
  }

  /** Runs one entry point: timed, never throwing into the page, and making no records of our own writes. */
  function guarded(work_: () => void): void {
    if (destroyed) return;
    work.run(() =>
      deps.quietly(() => {
        try {
          work_();
        } catch (error) {
          console.debug('Throughline: overlay error', error);
        }
      }),
    );
  }

  // ── find ────────────────────────────────────────────────────────────────

  /** A new view (first read, another URL): its adapters and places once, then the whole page once. */
  function startView(): boolean {
    // The whole page is read again: what changed in it meanwhile is read with it.
    changes.clear();
    if (!doc.body) return false;
    const url = deps.url();
    view = createPageView(deps.adapters, doc, url);
    dark = pageIsDark(doc);
    counts.startView(view.readers.length);
    listedShape = '';
    sawItems = false;
    find.clear();
    for (const item of items.sweep()) drop(item);
    // The last view's counts are not this one's: the summary comes back once this view's are final.
    summary.remove();
    // The whole page, read like any added subtree; items of the last view this one does not read again go after.
    firstRead = ++views;
    find.add(doc.documentElement);
    return true;
  }

  function isOurs(element: Element): boolean {
    return placer.isOurs(element) || element === summary.host || element === floating.host;
  }

  function follow(): void {
    if (state === 'off') {
      changes.clear();
      return;
    }
    if (!view || view.href !== deps.url().href) {
      if (startView()) process();
      return;
    }
    process();
  }

  /** The card or row of an item already read that an element is in, if any: such an item holds no other. */
  function itemAround(element: Element): Element | null {
    const source = view?.finder.sourceOf(element);
    const item = source ? items.ofSource(source) : undefined;
    return item && item.kind !== 'detail' ? item.source : null;
  }

  function apply(read: PageChanges): void {
    for (const copy of read.foreign) copy.remove();
    for (const root of read.added) find.add(root);
    const { gone, stale } = items.dropRemoved(read.removed, HOST_TAG);
    for (const item of gone) drop(item);
    // A card whose insides the page re-rendered is read again where it is, keeping its item and its host.
    for (const item of stale) find.sources.add(item.source);
    for (const source of read.within) {
      if (!source.isConnected) continue;
      // What the page added inside may hold copies of our hosts (insides rebuilt from their HTML).
      placer.removeCopies(source);
      find.sources.add(source);
    }
    if (read.touched.length > 0) repairs.soon(read.touched);
  }

  /** Whether anything is left to read, resolve or place. */
  function reading(): boolean {
    return changes.pending || find.pending || queue.pending;
  }

  /**
   * Reads what is queued, resolves and places it, a few items at a time so
   * that hosts appear as their cards are read, in slices of at most SLICE_MS.
   * `eager`: the piece's first batch is read and placed even past its slice
   * (cards the page made want their hosts before the frame that shows them).
   */
  function process(slice = SLICE_MS, eager = true): void {
    if (!view) return;
    try {
      readAndPlace(view, slice, eager);
    } finally {
      // What a piece keeps for itself (hosts of items that left, the containers above its subtrees) ends with it,
      // even one cut short by an error: the page may change before the next.
      placer.release();
      find.endPiece();
    }
    if (!sawItems && items.size > 0) {
      sawItems = true;
      // Pieces of its own: on a board of thousands of cards the walk past them takes longer than a slice.
      timers.soon(searchPage);
    }
    const more = reading();
    if (!more) continuations = 0;
    // The rest told once the page's items are read (the whole page, once parsed); each telling may become a
    // request to the tracker.
    if (untold.length > 0) tellUntoldSoon();
    else if (!more && doc.readyState !== 'loading' && facts.queued > 0) tellSoon();
    refreshListing();
    showSummary();
    if (more && !continuing) {
      continuing = true;
      timers.soonOrFrame((atFrame) =>
        guarded(() => {
          continuing = false;
          continuations++;
          process(
            atFrame && continuations === 1 && doc.readyState !== 'loading' ? FRAME_SLICE_MS : CONTINUING_SLICE_MS,
          );
        }),
      );
    }
  }

  /** The loop of `process`: records, subtrees, items, a step at a time until the slice is over. */
  function readAndPlace(current: PageView, slice: number, eager: boolean): void {
    // Counted from the start of the piece: what ran before in it (facts taken in, records read) is part of the slice.
    const deadline = work.pieceStart() + slice;
    // However late the piece began (a pause of the page's, a garbage collection), its first batch is read and placed
    // in it: cards a page re-creates then have their hosts before the frame that shows them, not a task later.
    let firstRound = eager;
    let readRecords = false;
    let rootsRead = 0;
    /** Past the deadline, whether the next step is still on the way to the first batch. */
    const towardFirstBatch = () => {
      if (!firstRound) return false;
      // One read of records if none was read yet: a change of more is a big one, its rest waits for the next piece.
      if (changes.pending) return !readRecords;
      return !find.hasRoots || rootsRead < FIRST_BATCH_ROOTS;
    };
    while (reading()) {
      if (performance.now() > deadline && !towardFirstBatch()) break;
      // The page's records first: they say which subtrees to read, and which items left.
      if (changes.pending) {
        apply(changes.read(RECORDS_STEP, isOurs, itemAround));
        readRecords = true;
        continue;
      }
      if (find.readNextRoot(current)) {
        rootsRead++;
        continue;
      }
      find.climbSome(current);
      readSome(current, firstRound ? Number.POSITIVE_INFINITY : deadline);
      resolveSome(deadline, firstRound);
      firstRound = false;
      // Seen items, a batch a step (a step reads a few dozen, a batch is 250), so none pile up on a big board:
      // four batches after the slice made its pieces 3-12 ms longer. Not past the deadline: the next piece sends it.
      if (performance.now() <= deadline) seen.sendFull();
    }
    if (firstRead !== null && !changes.pending && !find.pending) {
      const read = firstRead;
      firstRead = null;
      for (const item of items.retain((candidate) => candidate.readIn === read)) drop(item);
    }
  }

  /**
   * Tells the background about the items read, in tasks after the piece
   * that placed their hosts, a batch each: the message with a change's 50
   * items and their facts was 0.7 ms of its 4.6 ms piece (CPU profile of 40
   * changes), and telling a thousand at once took 23 ms. Nothing in the page
   * waits for it but the summary, which waits for its answer. Reading that
   * starts again comes first: the piece that ends it tells the rest.
   */
  const tellSoon = onceSoon(() => {
    if (reading()) return;
    facts.flush(FACTS_BATCH);
    if (facts.queued > 0) tellSoon();
  });

  /** Tells what `take` left untold, then the background if the page is read. */
  const tellUntoldSoon = onceSoon(() => {
    tellUntold();
    // A big board's load leaves no idle moment for the seen queue's rounds: a whole batch goes with the work.
    seen.sendFull();
    if (!reading() && doc.readyState !== 'loading' && facts.queued > 0) tellSoon();
    // The counts held back for them may be final now: nothing to ask of the background, say.
    showSummary();
  });

  /** A task run soon, queued once however often it is asked for before it runs. */
  function onceSoon(task: () => void): () => void {
    let queued = false;
    return () => {
      if (queued) return;
      queued = true;
      timers.soon(() =>
        guarded(() => {
          queued = false;
          task();
        }),
      );
    };
  }

  function tellUntold(): void {
    if (untold.length === 0) return;
    const now = deps.now();
    for (const [item, isNew] of untold) {
      if (isNew) {
        // One with no address is not handed over: the background could not link to it (`seenItemsOf`, seen-item.ts).
        const url = item.url ?? (item.kind === 'detail' ? deps.url().href : undefined);
        if (url) seen.add({ id: item.id, title: item.title, status: item.status, url }, now);
      }
      facts.add(item);
    }
    untold.length = 0;
  }

  /**
   * Looks through the page for a missing summary place, a slice at a time, each a task of its own; then counts.
   * The slice counts from the start of the piece: work queued beside it (page reading) has had its part.
   */
  function searchPage(): void {
    guarded(() => {
      if (view && !view.searchPage(work.pieceStart() + SLICE_MS)) {
        timers.soon(searchPage);
        return;
      }
      refreshListing();
      showSummary();
    });
  }

  /** An item a new view's first read met: kept once that read is done. */
  function meet(item: PageItem): void {
    if (firstRead !== null) item.readIn = firstRead;
  }

  function readSome(current: PageView, deadline: number): void {
    let read = 0;
    for (const source of find.sources) {
      find.sources.delete(source);
      // Gone since its marker was found (an SPA's move renders the next view while the last is read): read now, it
      // would be an item no record removes, pending for good and holding the summary back.
      if (!source.isConnected) continue;
      const known = items.ofSource(source);
      if (known && isSettled(known)) meet(known);
      else {
        const found = current.finder.read(source);
        if (found) {
          // Read while the parser is still inside it, a row may lack its later cells: read again when they come.
          found.item.provisional = found.item.provisional === true || doc.readyState === 'loading';
          const upsert = items.upsert(found);
          meet(upsert.item);
          take(upsert);
        } else if (known && !known.anchor.isConnected) {
          // Its anchor went and its container no longer reads as an item: gone after all.
          items.remove(known);
          drop(known);
        }
      }
      if (++read >= STEP || performance.now() > deadline) return;
    }
  }

  /**
   * Whether an item needs no second read after a change inside its card: its
   * anchor is still there (not a fallback: the card itself, or another
   * stand-in read before its place was there), and so is its host. Cards
   * change inside all the time (a counter, a page script's element); reading
   * them again would cost as much as finding them.
   */
  function isSettled(item: PageItem | undefined): boolean {
    return (
      item !== undefined &&
      !item.provisional &&
      item.anchor !== item.source &&
      item.anchor.isConnected &&
      item.host !== null &&
      isInPlace(item.host, item.anchor, item.placement)
    );
  }

  function take(upsert: Upsert): void {
    const { item } = upsert;
    if (upsert.kind === 'new') {
      if (upsert.replaced) drop(upsert.replaced);
      if (item.kind === 'detail') detailItems++;
      untold.push([item, true]);
    }
    // Told again with what the page shows now: a rule may match it, and the background keeps it for the dashboard.
    if (upsert.kind === 'refacted' || (upsert.kind === 'moved' && upsert.refacted)) untold.push([item, false]);
    // Placed again when its host is not where it goes: gone, or moved by the page (into another card, say).
    if (upsert.kind !== 'same' || !item.host || !isInPlace(item.host, item.anchor, item.placement)) queue.add(item);
  }

  /** An item that left the page: out of the counts, its host gone. */
  function drop(item: PageItem): void {
    counts.account(item, false);
    queue.delete(item);
    if (item.kind === 'detail') detailItems--;
    placer.unplace(item);
    dimming?.unmark(item.container);
  }

  // ── resolve and place ───────────────────────────────────────────────────

  /**
   * Resolves and places batches while the slice lasts; the piece's first batch
   * even past it. Not a batch each round: the round that ran past the
   * deadline placed 32 more hosts after it, up to 10 ms on a big board.
   */
  function resolveSome(deadline: number, firstRound: boolean): void {
    let first = firstRound;
    while (queue.pending && (first || performance.now() <= deadline)) {
      first = false;
      const batch = queue.next(STEP);
      if (batch.length === 0) continue;
      const resolutions = resolve.resolve(batch);
      for (const [index, item] of batch.entries()) {
        queue.track(item, resolve.factsRead(item.id));
        settle(item, resolutions[index]!);
      }
    }
  }

  function settle(item: PageItem, resolution: Resolution): void {
    item.resolution = resolution;
    counts.account(item, isListed(item));
    if (state !== 'on' || resolution === 'pending') return;
    placer.place(item, resolution, look());
    dimming?.mark(item.container, resolution);
  }

  // ── summary ─────────────────────────────────────────────────────────────

  function isListed(item: PageItem): boolean {
    if (!view || item.kind === 'detail' || !view.readers[item.reader]?.list) return false;
    // A list inside an item's own view (an issue's child issues) counts only where it has a summary place of its own.
    return detailItems === 0 || view.summaryAnchor(item.reader) !== null;
  }

  /** Which items count depends on the view as a whole (an open issue, a summary place); when that changes, count again. */
  function refreshListing(): void {
    if (!view) return;
    const shape = `${detailItems > 0}|${view.readers.map((_, index) => view?.summaryAnchor(index) !== null).join()}`;
    if (shape === listedShape) return;
    listedShape = shape;
    for (const item of items.values()) counts.account(item, isListed(item));
  }

  function showSummary(): void {
    if (state !== 'on' || !view) return;
    const { tally } = counts;
    if (tally.total === 0 && counts.pending === 0) {
      summary.remove();
      return;
    }
    // Counts change only once every item in view is read and has its final answer (facts being fetched may still
    // align it): never a half-finished state.
    if (counts.pending > 0 || untold.length > 0 || facts.waiting || reading()) return;
    const first = counts.firstReader();
    summary.show({
      aligned: tally.aligned,
      total: tally.total,
      split: () => tally.split(resolve.objectives),
      dimmed: dimming?.on === true,
      dark,
      anchor: first === -1 ? null : view.summaryAnchor(first),
      catalogueVersion,
      strategy: resolve.strategy,
      onToggleDim,
    });
  }

  function onToggleDim(): void {
    // The bar that asks is the floating UI part's: loaded, so its module comes at once.
    void Promise.resolve(deps.loadFloatingUi()).then((ui) =>
      guarded(() => {
        if (destroyed) return;
        dimming ??= ui.createDimming(doc);
        dimming.set(!dimming.on);
        if (dimming.on)
          for (const item of items.values())
            if (item.kind !== 'detail' && item.resolution !== 'pending') dimming.mark(item.container, item.resolution);
        showSummary();
      }),
    );
  }

  // ── repairs: what the page did to our hosts ──────────────────────────────

  const repairs = createHostRepair({
    items,
    frame: (fn) => timers.frame(fn),
    guarded,
    placeAgain: (item) => {
      if (item.resolution !== 'pending' && state === 'on') placer.place(item, item.resolution, look());
    },
  });

  // ── floating UI ─────────────────────────────────────────────────────────

  const stopChipEvents = listenToChips({
    doc,
    items,
    trusted,
    active: () => state === 'on',
    guarded,
    reveal: (item) => {
      if (item.resolution !== 'pending') placer.reveal(item, item.resolution, look());
    },
    openPicker: (item, opener) => floating.openPicker(item.id, item.ref.key, opener),
    showCard: (item, objectiveId, chip) => floating.showCard(item.id, objectiveId, chip),
    hideCardSoon: () => floating.hideCardSoon(),
  });

  // ── the site index, settings and the page leaving ───────────────────────

  const stopListening = resolve.onChange((what, ids) =>
    guarded(() => {
      facts.arrived(ids);
      if (what === 'index') catalogueVersion++;
      queue.again(ids);
      // Not eager: the cards are on the page with their hosts already. A first batch past the slice, 32 items
      // resolved again and their chips built, made the piece that took in a tracker's answer 15-18 ms longer.
      process(ARRIVAL_SLICE_MS, false);
      if (what === 'index') floating.catalogueChanged();
      else floating.render();
    }),
  );

  function clearPage(): void {
    for (const item of items.retain(() => false)) drop(item);
    placer.release();
    counts.clear();
    summary.remove();
    floating.remove();
    dimming?.remove();
    find.clear();
    queue.clear();
    changes.clear();
    untold.length = 0;
    firstRead = null;
  }

  return {
    /** Whether an element is one of ours (a host, the summary, the layer), as opposed to a copy the page made. */
    isOurs,
    /** The page changed (its records are in `changes`): follow it. The first call with a body reads the whole page. */
    follow: () => guarded(follow),
    /** The URL may have changed with no DOM change to follow (the page's own history calls are invisible to us). */
    checkUrl: () =>
      guarded(() => {
        if (state !== 'off' && view && view.href !== deps.url().href && startView()) process();
      }),
    /**
     * The page finished loading (DOMContentLoaded). A view none of whose
     * adapters applied is looked at again, now that the whole page is there;
     * an open item's own view is read again, since a place for its chips
     * may have been parsed after the item itself.
     */
    loaded: () =>
      guarded(() => {
        if (state === 'off') {
          changes.clear();
          return;
        }
        if (!view || view.readers.length === 0) {
          if (startView()) process();
          return;
        }
        // While a big page was parsed, the parser was followed rather than every change recorded (page-changes.ts):
        // an item a script removed meanwhile goes now.
        for (const item of items.retain((item) => item.source.isConnected)) drop(item);
        for (const item of items.values()) if (item.kind === 'detail') find.sources.add(item.source);
        process();
        // After the page's own handlers of the same event, so that this look at the whole page never delays them.
        timers.timeout(searchPage, 0);
      }),
    /** Turns the overlay on (placing what it read and resolved) or off (leaving nothing in the page). */
    setEnabled(value: boolean): void {
      guarded(() => {
        const next = value ? 'on' : 'off';
        if (next === state) return;
        const was = state;
        state = next;
        if (state === 'off') {
          clearPage();
          view = null;
          return;
        }
        if (was === 'off') view = null;
        if (!view) startView();
        queue.again(null);
        process();
      });
    },
    setDensity(value: 'compact' | 'full'): void {
      guarded(() => {
        if ((value === 'full') === full) return;
        full = value === 'full';
        queue.again(null);
        process();
      });
    },
    /** Opens the picker for the item that holds the keyboard focus (or the only item of a detail view). */
    openPickerForFocus(): boolean {
      if (destroyed || state !== 'on') return false;
      let opened = false;
      guarded(() => {
        const active = doc.activeElement;
        let item: PageItem | undefined = active ? (items.ofHost(active) ?? undefined) : undefined;
        for (let at: Element | null = active; !item && at; at = at.parentElement) item = items.ofContainer(at);
        if (!item) {
          const details = [...items.values()].filter((candidate) => candidate.kind === 'detail');
          if (details.length === 1) item = details[0];
        }
        if (!item) return;
        floating.openPicker(item.id, item.ref.key, item.host ?? (item.anchor as HTMLElement));
        opened = true;
      });
      return opened;
    },
    /** Closes the picker when the page, not the picker, has the focus; answers whether one was open. */
    closePickerFromPage(): boolean {
      let closed = false;
      guarded(() => {
        closed = floating.closePicker();
      });
      return closed;
    },
    /** What the popup shows of this tab. */
    pageItems: (): PageItemsReply => pageItemsReply(items.values(), counts.has, resolve.objective),
    /** What one of this tab's fetches from the tracker brought, or why it brought nothing. */
    factsReported: (report: FactsReport) => guarded(() => facts.reported(report, new Date(deps.now()).toISOString())),
    /** Hands over the items seen but not yet recorded, and what the page showed of those not told yet: the page is going. */
    flushSeen: () => {
      if (untold.length > 0) guarded(tellUntold);
      seen.flushNow();
      if (facts.queued === 0) return;
      guarded(() => facts.handOver());
      // The rest in tasks of their own: a hidden page runs them, and one back from the back-forward cache; a page
      // that goes never does.
      if (facts.queued > 0) tellSoon();
    },
    /** Stops for good: every listener, timer and element of ours leaves the page. */
    destroy(): void {
      if (destroyed) return;
      clearPage();
      destroyed = true;
      stopListening();
      stopChipEvents();
    },
  };
}

export type Overlay = ReturnType<typeof createOverlay>;
