import type { Adapter } from '../trackers/adapter';
import { firstIn } from '../trackers/dom';
import { createFinder, type Finder } from '../trackers/finder';

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
 * that, a missing summary place is looked for in what the page adds that
 * holds no item, and in the whole page only a bounded number of times: when
 * the view's first items have been read (a page often renders its header
 * with them), when the page has loaded, and when a place found before is gone.
 */
export interface PageView {
  readonly href: string;
  readonly readers: readonly ViewReader[];
  readonly finder: Finder;
  /** Offers a subtree the page added that holds no item: a summary place may be in it. */
  offer(root: Element): void;
  /** Looks for missing summary places in the whole page; does so at most MAX_PAGE_SEARCHES times a view. */
  searchPage(): void;
  /** Where a reader's summary goes now, if the page has a place for it. */
  summaryAnchor(reader: number): Element | null;
}

const MAX_PAGE_SEARCHES = 2;

export function createPageView(adapters: readonly Adapter[], doc: Document, url: URL): PageView {
  const readers: ViewReader[] = [];
  const bound: { container: string; marker: string; read: NonNullable<ReturnType<Adapter['bind']>> }[] = [];
  for (const adapter of adapters) {
    try {
      if (!adapter.applies(url, doc)) continue;
      const read = adapter.bind(url, doc);
      if (!read) continue;
      readers.push({ adapter, list: adapter.summaryAnchors !== undefined });
      bound.push({ container: adapter.container, marker: adapter.marker, read });
    } catch (error) {
      console.debug('Throughline: adapter failed', adapter.name, error);
    }
  }
  const anchors = readers.map(({ adapter }) => (adapter.summaryAnchors ? firstIn(doc, adapter.summaryAnchors) : null));
  /** Readers whose place was found and then taken away: the whole page is looked at once more for each. */
  const lost = new Set<number>();
  let pageSearches = 0;

  function missing(): number[] {
    return readers.flatMap((reader, index) => {
      if (!reader.list) return [];
      const anchor = anchors[index];
      if (anchor && !anchor.isConnected) {
        anchors[index] = null;
        if (!lost.has(index)) {
          lost.add(index);
          anchors[index] = firstIn(doc, reader.adapter.summaryAnchors ?? []);
        }
      }
      return anchors[index] ? [] : [index];
    });
  }

  return {
    href: url.href,
    readers,
    finder: createFinder(bound),
    offer(root) {
      for (const index of missing()) anchors[index] = firstIn(root, readers[index]!.adapter.summaryAnchors ?? []);
    },
    searchPage() {
      const wanted = missing();
      if (wanted.length === 0 || pageSearches >= MAX_PAGE_SEARCHES) return;
      pageSearches++;
      for (const index of wanted) anchors[index] = firstIn(doc, readers[index]!.adapter.summaryAnchors ?? []);
    },
    summaryAnchor(reader) {
      const anchor = anchors[reader] ?? null;
      if (anchor?.isConnected) return anchor;
      missing();
      return anchors[reader] ?? null;
    },
  };
}
