import type { PageItem } from './page-items';

export interface ResolveQueueDeps {
  /** Every item of the page, in the order they were met. */
  items(): Iterator<PageItem>;
  /** Whether an item's answer reads the facts of any of these items, its own or an ancestor's (resolve.ts). */
  readsAnyOf(id: string, ids: ReadonlySet<string>): boolean;
}

/**
 * Items a walk for some items' facts looks at in one batch, however few of
 * them it finds: on a board of 20,000 cards, one batch that looked until it
 * found its 32 items walked the whole board (40-60 ms, the load's longest
 * piece).
 */
const WALK_STEP = 512;

/**
 * The items waiting to be resolved, handed out a batch at a time within the
 * engine's slices: those new or changed, and the items to resolve again when
 * the index, the facts or the chips' look changed. That walk goes over the
 * page's items as they are when each batch is taken, not a copy: queueing
 * 20,000 items at once took 10-24 ms of one piece.
 */
export function createResolveQueue(deps: ResolveQueueDeps) {
  const unresolved = new Set<PageItem>();
  let again: Iterator<PageItem> | null = null;
  /** Whose facts the walk in `again` is for; null while it walks every item. */
  let againFor: Set<string> | null = null;

  return {
    get pending(): boolean {
      return unresolved.size > 0 || again !== null;
    },
    /** An item new or changed in the page. */
    add(item: PageItem): void {
      unresolved.add(item);
    },
    /** An item that left the page. */
    delete(item: PageItem): void {
      unresolved.delete(item);
    },
    /**
     * Every item to resolve again (`ids` null: the index, the chips' look or
     * the overlay changed), or only those whose answers read these items'
     * facts: facts come a hundred items at a time as a big board loads. A
     * walk under way starts over, for what it walked for too.
     */
    again(ids: ReadonlySet<string> | null): void {
      const walkingAll = again !== null && againFor === null;
      againFor = ids && !walkingAll ? new Set([...(againFor ?? []), ...ids]) : null;
      again = deps.items();
    },
    /**
     * Up to `size` items still in the page: new or changed ones first, then
     * the walk's. A batch may come back short, or empty, with more pending:
     * the walk looks at WALK_STEP items a batch at most.
     */
    next(size: number): PageItem[] {
      const batch: PageItem[] = [];
      for (const item of unresolved) {
        unresolved.delete(item);
        if (item.source.isConnected) batch.push(item);
        if (batch.length >= size) break;
      }
      for (let looked = 0; again && batch.length < size && looked < WALK_STEP; looked++) {
        const next = again.next();
        if (next.done) {
          again = null;
          againFor = null;
        } else if (next.value.source.isConnected && (!againFor || deps.readsAnyOf(next.value.id, againFor)))
          batch.push(next.value);
      }
      return batch;
    },
    clear(): void {
      unresolved.clear();
      again = null;
      againFor = null;
    },
  };
}
