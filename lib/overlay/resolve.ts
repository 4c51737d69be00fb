import { resolveAlignments } from '../alignment/resolve';
import type { IndexLink } from '../db/site-index';
import type { IndexHead } from '../messages/overlay-port-messages';
import { siteBelongsToSender } from '../messages/sender-site';
import type { ItemAlignment, ItemContext, ObjectiveSummary } from '../model/annotation';
import type { ItemIdParts } from '../model/item-id';
import type { Rule } from '../model/rule';

/** What the page knows of an item: the resolver needs nothing more. */
export interface ResolveRequest {
  id: string;
  ref: ItemIdParts;
  context?: ItemContext;
}

/** An item's alignments, or `pending` while what decides them has not arrived. */
export type Resolution = readonly ItemAlignment[] | 'pending';

/**
 * The resolve stage of the overlay: items in, alignments (or `pending`) out,
 * and a signal when answers may have changed. Items are resolved here, in
 * the page, from the site index the background hands the tab, with the same
 * resolver the background uses, so no chip waits on a round trip.
 */
export interface ResolveStage {
  resolve(items: readonly ResolveRequest[]): Resolution[];
  objective(id: string): ObjectiveSummary | undefined;
  readonly objectives: ReadonlyMap<string, ObjectiveSummary>;
  /** Called after every change that may change answers (a new index arrived); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** A complete site index, as the page keeps it: links grouped by item (grouped as its parts arrive). */
export interface LoadedIndex {
  head: IndexHead;
  linksByItem: ReadonlyMap<string, readonly IndexLink[]>;
}

const NO_LINKS: readonly IndexLink[] = [];

/** The resolve stage, fed whole indexes by `load`. */
export function createResolveStage(): ResolveStage & { load(index: LoadedIndex): void } {
  let tracker: string | null = null;
  let pageUrl = '';
  let rules: readonly Rule[] = [];
  let linksByItem: ReadonlyMap<string, readonly IndexLink[]> = new Map();
  let objectives = new Map<string, ObjectiveSummary>();
  /** Which sites the index covers, remembered per site: the same few sites are asked about thousands of times. */
  let covered = new Map<string, boolean>();
  const listeners = new Set<() => void>();

  function covers(ref: ItemIdParts): boolean {
    const key = `${ref.tracker} ${ref.site}`;
    let answer = covered.get(key);
    if (answer === undefined) {
      answer = ref.tracker === tracker && siteBelongsToSender(ref.tracker, ref.site, pageUrl);
      covered.set(key, answer);
    }
    return answer;
  }

  function resolveOne({ id, ref, context }: ResolveRequest): Resolution {
    if (tracker === null || !covers(ref)) return 'pending';
    const alignments = resolveAlignments(linksByItem.get(id) ?? NO_LINKS, rules, ref, context);
    // An alignment to an objective that is gone would show a chip with nothing behind it.
    return alignments.every((alignment) => objectives.has(alignment.objectiveId))
      ? alignments
      : alignments.filter((alignment) => objectives.has(alignment.objectiveId));
  }

  return {
    resolve: (items) => items.map(resolveOne),
    objective: (id) => objectives.get(id),
    get objectives() {
      return objectives;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(index) {
      tracker = index.head.tracker;
      pageUrl = index.head.pageUrl;
      rules = index.head.rules;
      objectives = new Map(Object.entries(index.head.objectives));
      covered = new Map();
      linksByItem = index.linksByItem;
      for (const listener of listeners) listener();
    },
  };
}
