import type { Adapter } from '../trackers/adapter';
import { createFinder, type Finder, type Reader } from '../trackers/finder';

/** An adapter that applies to the view, bound to it. */
export interface ViewReader {
  adapter: Adapter;
  /** Whether its items are entries of a list, counted in the summary. */
  list: boolean;
}

/**
 * One view of a page: a URL as it was first read. Which adapters apply,
 * each adapter's page-level facts (site, project) and the places for a
 * summary are looked up here, once per view, never per change. After
 * that, a missing summary place is looked for in what the page adds, and in
 * the whole page only a bounded number of times: when the view's first items
 * have been read (a page often renders its header with them), when the page
 * has loaded, and when a place found before is gone. Every search walks past
 * the items' cards and rows, where no summary place is: on a board of
 * thousands of cards it reads the page's chrome, not the cards.
 */
export interface PageView {
  readonly href: string;
  readonly readers: readonly ViewReader[];
  readonly finder: Finder;
  /** Offers a subtree the page added: a missing summary place may be in it. */
  offer(root: Element): void;
  /**
   * Looks for missing summary places in the whole page, at most MAX_PAGE_SEARCHES times a view; on a big
   * page, until `deadline` and on from there at the next call. Answers whether that search is done.
   */
  searchPage(deadline?: number): boolean;
  /** Where a reader's summary goes now, if the page has a place for it. */
  summaryAnchor(reader: number): Element | null;
}

const MAX_PAGE_SEARCHES = 2;
/** Elements walked between two looks at the clock. */
const CLOCK_EVERY = 64;

export function createPageView(adapters: readonly Adapter[], doc: Document, url: URL): PageView {
  const readers: ViewReader[] = [];
  const bound: Reader[] = [];
  for (const adapter of adapters) {
    try {
      if (!adapter.applies(url, doc)) continue;
      const read = adapter.bind(url, doc);
      if (!read) continue;
      readers.push({ adapter, list: adapter.summaryAnchors !== undefined });
      bound.push({ container: adapter.container, marker: adapter.marker, standalone: adapter.standalone, read });
    } catch (error) {
      console.debug('Throughline: adapter failed', adapter.name, error);
    }
  }
  const finder = createFinder(bound);
  const containers = [...new Set(bound.map((reader) => reader.container))].join(', ');
  const anchors: (Element | null)[] = readers.map(() => null);
  const places = (root: ParentNode, wanted: readonly number[]) => {
    const found = placesIn(
      root,
      containers,
      wanted.map((index) => readers[index]!.adapter.summaryAnchors ?? []),
    );
    for (const [at, index] of wanted.entries()) anchors[index] = found[at] ?? null;
  };
  places(
    doc,
    readers.flatMap((reader, index) => (reader.list ? [index] : [])),
  );
  /** Readers whose place was found and then taken away: the whole page is looked at once more for each. */
  const lost = new Set<number>();
  let pageSearches = 0;
  let search: { wanted: number[]; step: PlaceSearch['step'] } | null = null;

  function missing(): number[] {
    return readers.flatMap((reader, index) => {
      if (!reader.list) return [];
      const anchor = anchors[index];
      if (anchor && !anchor.isConnected) {
        anchors[index] = null;
        if (!lost.has(index)) {
          lost.add(index);
          places(doc, [index]);
        }
      }
      return anchors[index] ? [] : [index];
    });
  }

  return {
    href: url.href,
    readers,
    finder,
    offer(root) {
      const wanted = missing();
      // A part of a card or row holds no summary place.
      if (wanted.length === 0 || (containers !== '' && root.parentElement?.closest(containers))) return;
      places(root, wanted);
    },
    searchPage(deadline = Number.POSITIVE_INFINITY) {
      if (!search) {
        const wanted = missing();
        if (wanted.length === 0 || pageSearches >= MAX_PAGE_SEARCHES) return true;
        pageSearches++;
        const lists = wanted.map((index) => readers[index]!.adapter.summaryAnchors ?? []);
        search = { wanted, step: searchPlaces(doc, containers, lists).step };
      }
      const found = search.step(deadline);
      if (!found) return false;
      // A place found meanwhile in what the page added stays, unless this search found one.
      for (const [at, index] of search.wanted.entries())
        if (found[at] || !anchors[index]?.isConnected) anchors[index] = found[at] ?? null;
      search = null;
      return true;
    },
    summaryAnchor(reader) {
      const anchor = anchors[reader] ?? null;
      if (anchor?.isConnected) return anchor;
      missing();
      return anchors[reader] ?? null;
    },
  };
}

/**
 * For each list of selectors (in order of trust), the best element under
 * `root` (or `root` itself) matching one of them, walking past every element
 * that is an item's container and all inside it.
 */
function placesIn(root: ParentNode, containers: string, wanted: readonly (readonly string[])[]): (Element | null)[] {
  return searchPlaces(root, containers, wanted).step(Number.POSITIVE_INFINITY)!;
}

interface PlaceSearch {
  /** Walks on until `deadline`: the places found once the walk is done, null while it is not. */
  step(deadline: number): (Element | null)[] | null;
}

/**
 * `placesIn` a slice at a time: past the cards of a board of thousands, the
 * walk through a page's chrome still meets thousands of elements (each card's
 * wrappers), each asked two `matches()` from a content script's world.
 */
function searchPlaces(root: ParentNode, containers: string, wanted: readonly (readonly string[])[]): PlaceSearch {
  const best: { element: Element; rank: number }[] = [];
  const all = [...new Set(wanted.flat())].join(', ');
  const none: PlaceSearch = { step: () => wanted.map(() => null) };
  if (all === '') return none;
  const visit = (element: Element): boolean => {
    try {
      if (containers !== '' && element.matches(containers)) return false;
      if (!element.matches(all)) return true;
      for (const [index, selectors] of wanted.entries()) {
        const rank = selectors.findIndex((selector) => element.matches(selector));
        const current = best[index];
        if (rank !== -1 && (current === undefined || rank < current.rank)) best[index] = { element, rank };
      }
    } catch {
      // A selector the browser does not understand matches nothing.
    }
    return true;
  };
  const start = (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : (root as Element);
  if (!start || !visit(start)) return none;
  /** The element the walk stands on, and whether to go inside it (a card's insides are skipped): null once done. */
  let at: Element | null = start;
  let inside = true;
  let restarted = false;
  return {
    step(deadline) {
      // The page changed between two slices and took away the element the walk stood on: walked again, once.
      if (at && !at.isConnected && start.isConnected && !restarted) {
        restarted = true;
        at = start;
        inside = true;
      }
      // Every element met counts towards a look at the clock, the cards skipped too: a column holds thousands.
      for (let walked = 1; at; walked++) {
        if (walked % CLOCK_EVERY === 0 && performance.now() > deadline) return null;
        at = nextElement(at, inside, start);
        inside = at !== null && visit(at);
      }
      return wanted.map((_, index) => best[index]?.element ?? null);
    },
  };
}

/** The element after `from` in document order within `start`, going inside `from` only when `inside`. */
function nextElement(from: Element, inside: boolean, start: Element): Element | null {
  if (inside && from.firstElementChild) return from.firstElementChild;
  for (let node: Element | null = from; node && node !== start; node = node.parentElement)
    if (node.nextElementSibling) return node.nextElementSibling;
  return null;
}
