import { type AlignmentIndex, alignmentSources, buildAlignmentIndex } from '../alignment/alignment-index';
import { runKeyPattern } from '../alignment/key-pattern-program';
import { createResolver, factsRead, NO_ANCESTORS, namesAncestor, parentIds } from '../alignment/resolve';
import type { IndexFacts, IndexLink } from '../db/site-index';
import { sameFacts } from '../facts/same-facts';
import type { IndexHead } from '../messages/overlay-port-messages';
import { type ScopeReader, siteScope } from '../messages/site-scope';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import { IdMap } from '../model/id-map';
import type { ItemFacts } from '../model/item-facts';
import type { ItemIdParts } from '../model/item-id';

/** What the page knows of an item: the resolver needs nothing more. */
export interface ResolveRequest {
  id: string;
  ref: ItemIdParts;
  /** What the page shows of it (labels, parent, area path…). */
  facts?: ItemFacts;
}

/** An item's alignments, or `pending` while what decides them has not arrived. */
export type Resolution = readonly ItemAlignment[] | 'pending';

const NO_ALIGNMENTS: readonly ItemAlignment[] = Object.freeze([]);

/**
 * Answers kept at most: enough for every card of a big board and the cards
 * it re-creates, without one more table growing with a board of 20,000
 * (each doubling copies the whole table in one piece: page-items.ts).
 */
const KEPT_ANSWERS = 4096;

/**
 * The resolve stage of the overlay: items in, alignments (or `pending`) out,
 * and a signal when answers may have changed. Items are resolved here, in
 * the page, from the site index the background hands the tab, with the one
 * resolver the background uses (lib/alignment/resolve.ts) over the same
 * facts: what the tracker's API answered, overlaid with what the page shows,
 * as the background stores them (db/facts.ts). So no chip waits on a round trip.
 */
export interface ResolveStage {
  resolve(items: readonly ResolveRequest[]): Resolution[];
  objective(id: string): ObjectiveSummary | undefined;
  readonly objectives: ReadonlyMap<string, ObjectiveSummary>;
  /** Whether any objective exists, named on this site or not. */
  readonly strategy: boolean;
  /** When the tracker last answered for an item, as far as this tab knows. */
  fetchedAt(id: string): string | undefined;
  /** What the tracker answered since the index came (this tab's fetches, or another's). */
  addFacts(facts: readonly IndexFacts[]): void;
  /** The items whose facts an item's answer reads, as its facts stand now: its own, and its ancestors' it inherits through. */
  factsRead(id: string): readonly string[];
  /**
   * Called after every change that may change answers: a new index (the
   * catalogue may have changed too: every answer may change) or the
   * tracker's facts of `ids`; returns the unsubscribe.
   */
  onChange(listener: ChangeListener): () => void;
}

export type ChangeListener = (what: 'index' | 'facts', ids: ReadonlySet<string> | null) => void;

/** A complete site index, as its parts arrived: facts by item. */
export interface LoadedIndex {
  head: IndexHead;
  links: readonly IndexLink[];
  facts: IdMap<IndexFacts>;
}

/** The resolve stage, fed whole indexes by `load` and the tracker's later answers by `addFacts`. */
export function createResolveStage(readScope: ScopeReader): ResolveStage & { load(index: LoadedIndex): void } {
  let tracker: string | null = null;
  /** The part of the tracker the page speaks for, read once per index from its address; null if it names none. */
  let scope: string | null = null;
  let index: AlignmentIndex | null = null;
  let stored = new IdMap<IndexFacts>();
  /** What the page showed of each item it read, last read wins (as the background keeps it). */
  const shown = new IdMap<ItemFacts>();
  /**
   * Each item's parent and epic as ids, worked out from its facts once, until they change; kept only for items
   * that name one. Most cards name neither, and an entry for each of them was one more table growing with the
   * board, copied whole at each doubling in the same piece as the others (page-items.ts, `counted`).
   */
  const parents = new Map<string, readonly string[]>();
  let objectives = new Map<string, ObjectiveSummary>();
  let strategy = false;
  /**
   * Which sites of the tab's tracker the index covers, remembered per site: the same few sites are asked about
   * thousands of times. Keyed by the site itself: a key joined from two parts was a new string for every card,
   * copied again in full to be looked up.
   */
  let covered = new Map<string, boolean>();
  const listeners = new Set<ChangeListener>();
  /**
   * Answers given since the sources last changed, by item. A tracker
   * re-creates its cards (the same keys and facts in new elements) on scroll
   * and on every re-render; they are answered again from here, without
   * resolving them afresh: what resolving allocated was a fifth of what a
   * change of 50 cards allocates, and the page's collections come due in
   * what allocates. Any item's facts changing may change any answer (an
   * ancestor's): then they all go.
   */
  const answers = new Map<string, readonly ItemAlignment[]>();

  function factsChanged(id: string): void {
    parents.delete(id);
    answers.clear();
  }

  function covers(ref: ItemIdParts): boolean {
    if (ref.tracker !== tracker) return false;
    let answer = covered.get(ref.site);
    if (answer === undefined) {
      answer = siteScope(tracker, ref.site) === scope;
      covered.set(ref.site, answer);
    }
    return answer;
  }

  function factsOf(id: string): ItemFacts | undefined {
    const page = shown.get(id);
    const known = stored.get(id)?.facts;
    return page && known ? { ...known, ...page } : (page ?? known);
  }

  function parentsOf(id: string): readonly string[] {
    let ids = parents.get(id);
    if (ids !== undefined) return ids;
    // Looked at before the page's and the tracker's facts are merged (a new object): neither names an ancestor.
    if (!namesAncestor(shown.get(id)) && !namesAncestor(stored.get(id)?.facts)) return NO_ANCESTORS;
    ids = parentIds(id, factsOf(id));
    if (ids.length > 0) parents.set(id, ids);
    return ids;
  }

  function changed(what: 'index' | 'facts', ids: ReadonlySet<string> | null): void {
    for (const listener of listeners) listener(what, ids);
  }

  return {
    resolve(items) {
      for (const item of items) {
        if (!item.facts || sameFacts(shown.get(item.id), item.facts)) continue;
        shown.set(item.id, item.facts);
        factsChanged(item.id);
      }
      const loaded = index;
      if (loaded === null) return items.map(() => 'pending');
      // One resolver per batch, made when an item is not answered yet: the sources do not change within a batch.
      let resolver: ReturnType<typeof createResolver> | null = null;
      return items.map((item): Resolution => {
        if (!covers(item.ref)) return 'pending';
        let answer = answers.get(item.id);
        if (answer === undefined) {
          resolver ??= createResolver(alignmentSources(loaded, factsOf));
          answer = answerOf(resolver(item.id, item.ref), objectives);
          if (answers.size >= KEPT_ANSWERS) answers.clear();
          answers.set(item.id, answer);
        }
        return answer;
      });
    },
    objective: (id) => objectives.get(id),
    get objectives() {
      return objectives;
    },
    get strategy() {
      return strategy;
    },
    fetchedAt: (id) => stored.get(id)?.fetchedAt,
    factsRead: (id) => factsRead(id, parentsOf),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(loaded) {
      const { head } = loaded;
      tracker = head.tracker;
      scope = URL.canParse(head.pageUrl) ? readScope(new URL(head.pageUrl)) : null;
      const programs = new Map(head.keyPatterns);
      index = buildAlignmentIndex(
        {
          links: loaded.links,
          rules: head.rules,
          exclusions: head.exclusions,
          objectives: head.notInherited.map((id) => ({ id, inherit: false })),
        },
        (rule) => {
          const program = programs.get(rule.id);
          return program ? runKeyPattern(program) : null;
        },
      );
      objectives = new Map(Object.entries(head.objectives));
      strategy = head.strategy;
      covered = new Map();
      stored = loaded.facts;
      parents.clear();
      answers.clear();
      changed('index', null);
    },
    addFacts(facts) {
      for (const entry of facts) {
        stored.set(entry.id, entry);
        factsChanged(entry.id);
      }
      changed('facts', new Set(facts.map((entry) => entry.id)));
    },
  };
}

/** The resolver's alignments as a chip shows them. */
function answerOf(alignments: readonly ItemAlignment[], objectives: ReadonlyMap<string, ObjectiveSummary>) {
  // Most cards of a board serve nothing: they share one empty answer rather than each having its own.
  if (alignments.length === 0) return NO_ALIGNMENTS;
  // An alignment to an objective that is gone would show a chip with nothing behind it.
  return alignments.filter((alignment) => objectives.has(alignment.objectiveId));
}
