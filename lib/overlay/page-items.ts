import { sameFacts } from '../facts/same-facts';
import { formatItemId } from '../model/item-id';
import type { FoundItem } from '../trackers/adapter';
import { type Found, throughWrappers } from '../trackers/finder';
import { elementSlot } from './element-slot';
import type { Resolution } from './resolve';

/** An item the overlay follows in the page. */
export interface PageItem extends FoundItem {
  /** The canonical item id: what the host carries and the resolver is asked about. */
  id: string;
  /** The element the item was read from: with the id, its identity in the page. */
  source: Element;
  /** Which of the view's readers read it. */
  reader: number;
  resolution: Resolution;
  host: HTMLElement | null;
  /**
   * Where the summary's counts hold it (page-counts.ts): listed and waiting for its answer, counted, or not at
   * all. Kept on the item, like `readIn`, rather than in a table of their own: every table with an entry per item
   * grows at the same item counts as the others, and each doubling copies its whole table (3 ms for 16,384
   * entries here), all in the one piece of a big board's load that reaches that count.
   */
  counted: 'pending' | 'counted' | null;
  /** The view whose first read of the page last met it (engine.ts): a new view drops the items it did not meet. */
  readIn: number;
}

/** What a re-read changed, for the steps after it. */
export type Upsert =
  | { kind: 'new'; item: PageItem; replaced: PageItem | null }
  | { kind: 'moved'; item: PageItem; previousHost: HTMLElement | null; refacted: boolean }
  /** At the same place, showing other facts (a label or area path the page rendered after the card's link). */
  | { kind: 'refacted'; item: PageItem }
  | { kind: 'same'; item: PageItem };

/**
 * The items in the page, found by the element each was read from. What
 * leaves the page leaves them (`sweep`): nothing of a view the user left is
 * kept, however long the tab stays open. They are kept in the order they
 * were met (the popup lists them so), in one set: the only table here with
 * an entry per item, as an item is found by its element through a slot on
 * it. (Runs of a thousand spared that set's doubling too, but took the
 * content script past its 25 KB.)
 */
export function createPageItems() {
  const all = new Set<PageItem>();
  const bySource = elementSlot<PageItem>('item_of');
  /** Items with no host (pending, or the tracker turned off): what leaves the page is found through hosts otherwise. */
  const hostless = new Set<PageItem>();
  const byHost = elementSlot<PageItem>('host_of');
  /** The container (card, row) of each item, for finding the item under the pointer or the focus. */
  const byContainer = elementSlot<PageItem>('container_of');

  function forget(item: PageItem): void {
    all.delete(item);
    if (bySource.get(item.source) === item) bySource.set(item.source, undefined);
    hostless.delete(item);
    if (item.host) byHost.set(item.host, undefined);
    if (byContainer.get(item.container) === item) byContainer.set(item.container, undefined);
  }

  return {
    get size(): number {
      return all.size;
    },
    values(): IterableIterator<PageItem> {
      return all.values();
    },
    /** Takes in a fresh read of a container: a new item, the same item at a new anchor, or the same as before. */
    upsert(found: Found): Upsert {
      const id = formatItemId(found.item.ref);
      const known = bySource.get(found.source);
      if (known && known.id === id) {
        const moved = known.anchor !== found.item.anchor || known.placement !== found.item.placement;
        const refacted = !sameFacts(known.facts, found.item.facts);
        if (byContainer.get(known.container) === known) byContainer.set(known.container, undefined);
        Object.assign(known, found.item, { reader: found.reader });
        byContainer.set(known.container, known);
        if (moved) return { kind: 'moved', item: known, previousHost: known.host, refacted };
        return { kind: refacted ? 'refacted' : 'same', item: known };
      }
      if (known) forget(known);
      const item: PageItem = {
        ...found.item,
        id,
        source: found.source,
        reader: found.reader,
        resolution: 'pending',
        host: null,
        counted: null,
        readIn: 0,
      };
      all.add(item);
      bySource.set(item.source, item);
      hostless.add(item);
      byContainer.set(item.container, item);
      return { kind: 'new', item, replaced: known ?? null };
    },
    setHost(item: PageItem, host: HTMLElement | null): void {
      if (item.host === host) return;
      if (item.host) byHost.set(item.host, undefined);
      item.host = host;
      if (host) {
        byHost.set(host, item);
        hostless.delete(item);
      } else if (bySource.get(item.source) === item) hostless.add(item);
    },
    ofHost(host: Element): PageItem | undefined {
      return byHost.get(host);
    },
    ofSource(source: Element): PageItem | undefined {
      return bySource.get(source);
    },
    ofContainer(container: Element): PageItem | undefined {
      return byContainer.get(container);
    },
    /**
     * Drops the items that left the page with `removed` (elements the page
     * removed): an item whose container was one of them, or whose host was
     * inside one, and any item with no host yet that is gone. An item whose
     * container stayed while its anchor went (a card's insides re-rendered)
     * is not gone but `stale`: to be read again from its container, keeping
     * its host. Work in proportion to what was removed, not to the items in the page.
     */
    dropRemoved(removed: readonly Element[], hostTag: string): { gone: PageItem[]; stale: PageItem[] } {
      const gone = new Set<PageItem>();
      const stale = new Set<PageItem>();
      const check = (item: PageItem | undefined) => {
        if (!item) return;
        if (!item.source.isConnected) gone.add(item);
        else if (!item.anchor.isConnected) stale.add(item);
      };
      for (const element of removed) {
        // The card or row removed, or at the end of the wrappers a board puts around a card.
        const own = throughWrappers(element, bySource.get);
        check(own);
        // An element with nothing inside (the icons and text wrappers of a card's old insides) holds no host, nor does
        // a card or row beyond its own: such an item holds no other (engine.ts, `itemAround`). Looking through each
        // of a scroll's 50 cards of 100 elements for hosts was a tenth of the change's piece (CPU profile of 30).
        if (element.firstElementChild === null || (own !== undefined && own.kind !== 'detail')) continue;
        // A column of hundreds of cards: looking through its tens of thousands of elements for hosts took 1.8 ms of a
        // 400-card change's 18 (CPU profile of 12); asking each item in the page whether it is still there costs
        // about as much as looking through as many elements, and answers for every element removed. (What the page
        // changes inside a card never comes here: engine.ts reads such a card again instead.)
        if (element.getElementsByTagName('*').item(all.size) !== null) {
          for (const item of all) check(item);
          break;
        }
        const hosts = element.getElementsByTagName(hostTag);
        for (let index = 0; index < hosts.length; index++) check(byHost.get(hosts[index]!));
      }
      if (removed.length > 0) for (const item of hostless) check(item);
      for (const item of gone) forget(item);
      return { gone: [...gone], stale: [...stale] };
    },
    /** Forgets one item (its container no longer reads as one). */
    remove(item: PageItem): void {
      forget(item);
    },
    /** Drops the items whose container or anchor left the page; answers them, so their hosts can go too. */
    sweep(): PageItem[] {
      const gone: PageItem[] = [];
      for (const item of all)
        if (!item.source.isConnected || !item.anchor.isConnected) {
          gone.push(item);
          forget(item);
        }
      return gone;
    },
    /** Drops the items `keep` refuses (a new view keeps only what it read again); answers them. */
    retain(keep: (item: PageItem) => boolean): PageItem[] {
      const gone = [...all].filter((item) => !keep(item));
      for (const item of gone) forget(item);
      return gone;
    },
  };
}

export type PageItems = ReturnType<typeof createPageItems>;
