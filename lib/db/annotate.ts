import { type AlignmentIndex, alignmentSources, buildAlignmentIndex } from '../alignment/alignment-index';
import { createResolver, MAX_INHERITANCE_DEPTH } from '../alignment/resolve';
import { compiledKeyPattern } from '../alignment/rules';
import { targetProgress } from '../alignment/target-progress';
import type { FactsLedger } from '../facts/facts-ledger';
import { groupFactsNotes } from '../facts/facts-notes';
import { t } from '../i18n/catalogue';
import type { AnnotateResult, FactsNote, ItemAlignment, ObjectiveSummary } from '../model/annotation';
import type { Exclusion } from '../model/exclusion';
import type { ItemFacts } from '../model/item-facts';
import { formatItemId, isValidKey, parseItemId, type Tracker } from '../model/item-id';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import { alignmentTables, type CatalogueView, readCatalogueView, whereAnyOf } from './alignment-snapshot';
import type { ThroughlineDatabase } from './database';
import type { FactsCache } from './facts-cache';
import { currentSnapshot, warmAnnotations } from './snapshot-cache';

export interface AnnotateOptions {
  now: Date;
  staleAfterDays: number;
  /** Trackers whose facts are fetched from their APIs (Settings); the others rely on what pages show. */
  fetchingTrackers: readonly Tracker[];
  /** Whether the asker can fetch an item's facts: a content script on the item's own site. */
  canFetch(itemId: string): boolean;
}

export interface AnnotateDeps {
  db: ThroughlineDatabase;
  facts: FactsCache;
  ledger: FactsLedger;
}

export type AnnotateItem = { id: string; facts?: ItemFacts };

/** Resolving stops to let other requests in after this long; a request never holds the worker longer. */
const SLICE_MS = 8;
const CLOCK_EVERY = 16;

/** What an objective's summary depends on beyond the catalogue. */
export type SummaryOptions = Pick<AnnotateOptions, 'now' | 'staleAfterDays'>;

/** An objective as chips, cards and the popup show it: with its theme and its targets' progress now. */
export function objectiveSummary(objective: Objective, view: CatalogueView, options: SummaryOptions): ObjectiveSummary {
  const theme = objective.themeId != null ? view.themes.get(objective.themeId) : undefined;
  return {
    id: objective.id,
    code: objective.code,
    title: objective.title,
    status: objective.status,
    ...(objective.owner !== undefined && { owner: objective.owner }),
    ...(objective.period !== undefined && { period: objective.period }),
    ...(objective.url !== undefined && { url: objective.url }),
    ...(theme !== undefined && { themeName: theme.name }),
    ...(theme?.color !== undefined && { themeColor: theme.color }),
    ...(objective.archived === true && { archived: true }),
    targets: (view.targetsByObjective.get(objective.id) ?? []).map((target) => {
      // The first and the last check-in are all that progress and pace need.
      const ends = [view.earliestByTarget.get(target.id), view.latestByTarget.get(target.id)].filter(
        (measurement) => measurement !== undefined,
      );
      return targetProgress(target, ends, options.now, options.staleAfterDays, objective.period?.start);
    }),
  };
}

function objectiveIdsOf(alignments: ReadonlyMap<string, readonly ItemAlignment[]>): string[] {
  return [...new Set([...alignments.values()].flat().map((alignment) => alignment.objectiveId))];
}

/** Ids of the parents and epics of items, on their own sites, as far as stored facts tell. */
function ancestorsOf(ids: readonly string[], factsOf: (id: string) => ItemFacts | undefined): string[] {
  const ancestors: string[] = [];
  for (const id of ids) {
    const parts = parseItemId(id);
    const facts = factsOf(id);
    if (!parts || !facts) continue;
    for (const key of [facts.parent, facts.epic])
      if (key !== undefined && key !== parts.key && isValidKey(parts.tracker, key))
        ancestors.push(formatItemId({ ...parts, key }));
  }
  return ancestors;
}

/** The items and their ancestors as far as inheritance reaches, with the facts of all of them loaded. */
async function loadAncestry(facts: FactsCache, ids: readonly string[]): Promise<string[]> {
  const all = new Set(ids);
  let frontier = [...ids];
  for (let depth = 0; depth < MAX_INHERITANCE_DEPTH && frontier.length > 0; depth++) {
    frontier = ancestorsOf(frontier, (id) => facts.get(id)?.facts).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
    await facts.load(frontier);
  }
  return [...all];
}

/** What resolving needs of just these items, read from IndexedDB when no snapshot is in memory. */
async function readIndexFor(db: ThroughlineDatabase, ids: readonly string[]): Promise<AlignmentIndex> {
  const [links, exclusions, rules, objectives] = await Promise.all([
    whereAnyOf<Link>(db.links, 'itemId', ids),
    whereAnyOf<Exclusion>(db.exclusions, 'itemId', ids),
    db.rules.toArray(),
    db.objectives.toArray(),
  ]);
  return buildAlignmentIndex({ links, rules, exclusions, objectives }, compiledKeyPattern);
}

/** Each item's answer, resolved in slices of at most SLICE_MS with other tasks let in between. */
export async function resolveAll(ids: readonly string[], resolve: (id: string) => ItemAlignment[]) {
  const alignments = new Map<string, ItemAlignment[]>();
  let sliceStart = performance.now();
  for (const [index, id] of ids.entries()) {
    alignments.set(id, resolve(id));
    // The clock is read every few items: each read costs about as much as resolving an item without links.
    if (index % CLOCK_EVERY === CLOCK_EVERY - 1 && performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return alignments;
}

/** What the background knows of items' facts, and what the asking page should fetch. */
export interface FactsBookkeeping {
  /** The items and their ancestors as far as inheritance reaches, their facts loaded. */
  ancestry: string[];
  /** Items (and ancestors) whose facts the asking content script should fetch from its tracker. */
  fetch: string[];
  /** Items whose tracker facts are not known, and why. */
  notes: Map<string, FactsNote>;
}

/**
 * Takes in the facts a page read, loads what is stored of the items and
 * their ancestors, and tells an asker that can fetch which facts are missing
 * or old: the part of annotating that a tab resolving its own items still
 * needs from the background.
 */
export async function keepFacts(
  { facts, ledger }: Pick<AnnotateDeps, 'facts' | 'ledger'>,
  items: readonly AnnotateItem[],
  options: AnnotateOptions,
): Promise<FactsBookkeeping> {
  const ids = [...new Set(items.map((item) => item.id))];
  await facts.load(ids);
  void facts.addPageFacts(
    items.flatMap((item) => (item.facts ? [{ id: item.id, facts: item.facts }] : [])),
    options.now,
  );
  const ancestry = await loadAncestry(facts, ids);
  const now = options.now.getTime();
  const fetching = (id: string) => {
    const tracker = parseItemId(id)?.tracker;
    return tracker !== undefined && options.fetchingTrackers.includes(tracker);
  };
  const fetch = ledger.claim(
    ancestry
      .filter((id) => fetching(id) && options.canFetch(id))
      .map((id) => ({ id, fetchedAt: facts.get(id)?.fetchedAt })),
    now,
  );
  const claimed = new Set(fetch);
  const notes = new Map<string, FactsNote>();
  const off: FactsNote = { state: 'unavailable', reason: t('annotate_fetchingFromTheTrackerIs') };
  for (const id of ids) {
    // Facts the tracker gave once serve, even while a fresher copy is fetched.
    if (facts.get(id)?.fetchedAt !== undefined) continue;
    const note = fetching(id)
      ? (ledger.note(id, now) ?? (claimed.has(id) ? { state: 'fetching' as const } : undefined))
      : off;
    if (note) notes.set(id, note);
  }
  return { ancestry, fetch, notes };
}

/**
 * The objectives each item serves, why, and how those objectives are doing:
 * the one answer behind every chip, the popup and the dashboard. Facts the
 * page sent are kept; an item's ancestors are followed through stored facts;
 * a content script that can fetch is told which facts are missing or old.
 * Ids must be canonical (the message protocol normalizes them). Answered
 * from the in-memory snapshot when one is current; otherwise from IndexedDB,
 * with the snapshot read in the background for the next request.
 */
export async function annotate(
  { db, facts, ledger }: AnnotateDeps,
  items: readonly AnnotateItem[],
  options: AnnotateOptions,
): Promise<AnnotateResult> {
  const ids = [...new Set(items.map((item) => item.id))];
  const { ancestry, fetch, notes } = await keepFacts({ facts, ledger }, items, options);
  const snapshot = currentSnapshot(db);
  const [index, view] = snapshot
    ? [snapshot.index, snapshot]
    : await db.transaction('r', alignmentTables(db), async () => [await readIndexFor(db, ancestry), null] as const);
  const resolver = createResolver(alignmentSources(index, (id) => facts.get(id)?.facts));
  const alignments = await resolveAll(ids, resolver);
  const catalogue =
    view ?? (await db.transaction('r', alignmentTables(db), () => readCatalogueView(db, objectiveIdsOf(alignments))));
  if (!snapshot) void warmAnnotations(db);

  const summaries = new Map<string, ObjectiveSummary>();
  for (const objectiveId of objectiveIdsOf(alignments)) {
    const objective = catalogue.objectives.get(objectiveId);
    if (objective) summaries.set(objectiveId, objectiveSummary(objective, catalogue, options));
  }
  // An alignment to an objective that is gone would show a chip with nothing behind it;
  // fromEntries, because an id such as "__proto__" is valid and must stay a plain key.
  return {
    items: Object.fromEntries(
      [...alignments].map(([id, reasons]) => [id, reasons.filter((reason) => summaries.has(reason.objectiveId))]),
    ),
    objectives: Object.fromEntries(summaries),
    facts: groupFactsNotes(notes),
    fetch,
  };
}
