import { IdMap } from '../model/id-map';
import type { PageItem } from './page-items';

export interface ResolveQueueDeps {
  /** Every item of the page, in the order they were met. */
  items(): Iterator<PageItem>;
}

/**
 * Items a walk of every item hands out in one batch at most: on a board of
 * 20,000 cards, queueing them all at once took 10-24 ms of one piece.
 */
const WALK_STEP = 512;

/**
 * The items waiting to be resolved, handed out a batch at a time within the
 * engine's slices: those new or changed, those whose answers read facts that
 * just arrived, and every item when the index or the chips' look changed.
 * Which facts each resolved item's answer read (its own, its ancestors') is
 * kept as it is resolved (`track`), so facts that arrive name their readers
 * at once. Asking every item whether it read them, each time facts came for
 * 100 items, was work in proportion to the page for every batch of facts:
 * on a 20,000-card board's first load, 22 walks looked at 311,000 items
 * (65 ms in all), and on a 2,000-card board 34,200 (17 ms).
 */
export function createResolveQueue(deps: ResolveQueueDeps) {
  const unresolved = new Set<PageItem>();
  /** A walk of every item under way. */
  let walk: Iterator<PageItem> | null = null;
  /**
   * For each item id, the page's items whose answers read its facts: one item as itself, more as a set (most ids
   * are read by their own card alone: a set for each card was 2 MB of what a 20,000-card board's load made); and
   * what each of those read, when more than its own facts. Most cards read only their own: an entry each for them
   * was another table the size of the board (0.5 MB for 20,000 cards), copied by the young garbage collections of
   * its load.
   */
  const readers = new IdMap<PageItem | Set<PageItem>>();
  const reads = new Map<PageItem, readonly string[]>();

  function addReader(id: string, item: PageItem): void {
    const known = readers.get(id);
    if (known === undefined) readers.set(id, item);
    else if (known instanceof Set) known.add(item);
    else if (known !== item) readers.set(id, new Set([known, item]));
  }

  function removeReader(id: string, item: PageItem): void {
    const known = readers.get(id);
    if (known === item) readers.delete(id);
    else if (known instanceof Set) {
      known.delete(item);
      if (known.size === 0) readers.delete(id);
    }
  }

  function untrack(item: PageItem): void {
    const read = reads.get(item);
    if (!read) {
      removeReader(item.id, item);
      return;
    }
    reads.delete(item);
    for (const id of read) removeReader(id, item);
  }

  return {
    get pending(): boolean {
      return unresolved.size > 0 || walk !== null;
    },
    /** An item new or changed in the page. */
    add(item: PageItem): void {
      unresolved.add(item);
    },
    /** An item that left the page. */
    delete(item: PageItem): void {
      unresolved.delete(item);
      untrack(item);
    },
    /** The items whose facts an item's answer read, as it was resolved. */
    track(item: PageItem, read: readonly string[]): void {
      const before = reads.get(item);
      if (read.length === 1 && read[0] === item.id) {
        if (before) untrack(item);
        addReader(item.id, item);
        return;
      }
      if (before && before.length === read.length && before.every((id, index) => id === read[index])) return;
      untrack(item);
      reads.set(item, read);
      for (const id of read) addReader(id, item);
    },
    /** Every item to resolve again (`ids` null: the index, the chips' look or the overlay changed), or those whose answers read these items' facts. */
    again(ids: ReadonlySet<string> | null): void {
      if (ids === null) {
        walk = deps.items();
        return;
      }
      for (const id of ids) {
        const known = readers.get(id);
        if (known instanceof Set) for (const item of known) unresolved.add(item);
        else if (known) unresolved.add(known);
      }
    },
    /**
     * Up to `size` items still in the page: new or changed ones first, then
     * the walk's, WALK_STEP at most.
     */
    next(size: number): PageItem[] {
      const batch: PageItem[] = [];
      for (const item of unresolved) {
        unresolved.delete(item);
        if (item.source.isConnected) batch.push(item);
        if (batch.length >= size) break;
      }
      for (let looked = 0; walk && batch.length < size && looked < WALK_STEP; looked++) {
        const next = walk.next();
        if (next.done) walk = null;
        else if (next.value.source.isConnected) batch.push(next.value);
      }
      return batch;
    },
    clear(): void {
      unresolved.clear();
      walk = null;
      readers.clear();
      reads.clear();
    },
  };
}
