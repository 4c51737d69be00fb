import type { ItemFacts } from '../model/item-facts';
import type { ItemIdParts, Tracker } from '../model/item-id';
import { documentOf, firstIn } from './dom';
import { createFinder } from './finder';

/**
 * How an item is shown: `detail` is the item's own view (issue page, side
 * panel, modal, task pane, work item form) and gets full chips; `card` and
 * `row` are entries of a list and get compact chips.
 */
export type ItemKind = 'detail' | 'card' | 'row';

/** Where the chip host goes relative to the anchor element. */
export type Placement = 'append' | 'prepend' | 'after' | 'before';

/** One work item an adapter found in the page. */
export interface FoundItem {
  ref: ItemIdParts;
  /** The element the chips are placed against. */
  anchor: Element;
  placement: Placement;
  /**
   * The anchor stands in for the one the view's markup prefers, not there
   * (yet): a row still being parsed, a card still rendering. Such an item is
   * read again after any change inside its container, so its chips move to
   * their place once it comes.
   */
  provisional?: boolean;
  kind: ItemKind;
  /** The card or row that holds the item (dimmed by the summary's toggle); the anchor's container for detail views. */
  container: Element;
  title?: string;
  status?: string;
  /** The item's own page, absolute http(s). */
  url?: string;
  /** What the page shows of the item beyond its key (labels, parent, area path, projects…), for rules and inheritance. */
  facts?: ItemFacts;
}

/** Reads the one item a container holds, or null when it holds none (never throws for odd markup). */
export type ReadItem = (container: Element) => FoundItem | null;

/**
 * What an adapter declares about one page family of one tracker. Declared
 * rather than coded so that the overlay can share the work between adapters:
 * one search for every adapter's markers in a changed subtree, page-level
 * facts read once per view, and summary places looked for only in what changed.
 */
export interface AdapterSpec<Page> {
  /** Unique name, `tracker-flavour-view`, e.g. `jira-cloud-board`. */
  name: string;
  tracker: Tracker;
  /** Cheap check whether this page can hold this view at all; asked once per view. */
  applies(url: URL, doc: Document): boolean;
  /** What every item of the view shares (its site, the project in the URL); read once per view, null when it holds none. */
  page(url: URL, doc: Document): Page | null;
  /** The element that holds one item: a card, a row, an issue header. */
  container: string;
  /**
   * What marks an item inside its container (or the container itself):
   * usually the item's link, found first and climbed from (trackers.md).
   */
  marker: string;
  /**
   * Whether a container holds an item even with no marker in it (a card
   * layout with no key link, a header whose key is text): such containers
   * are also looked for by their own selector, in big changes and where
   * no marker is (see finder.ts).
   */
  standalone?: boolean;
  read(container: Element, page: Page, url: URL): FoundItem | null;
  /** Where a list view's summary goes: after the first of these in the page, in order of trust. Absent for detail views. */
  summaryAnchors?: readonly string[];
}

/** An adapter: a pure DOM reader that never renders, messages or throws for markup it does not recognize. */
export interface Adapter {
  readonly name: string;
  readonly tracker: Tracker;
  readonly container: string;
  readonly marker: string;
  readonly standalone: boolean;
  readonly summaryAnchors?: readonly string[];
  applies(url: URL, doc: Document): boolean;
  /** The adapter for one view of a page, its page-level facts read once; null when the view holds none of its items. */
  bind(url: URL, doc: Document): ReadItem | null;
  /** Every item under `root` (and the one around it, when `root` is a part of a card). */
  find(root: ParentNode, url: URL): FoundItem[];
  /** Where the summary goes, looked for under `root`; present only on list views. */
  summaryAnchor?(root: ParentNode, url?: URL): Element | null;
}

export function defineAdapter<Page>(spec: AdapterSpec<Page>): Adapter {
  const bind = (url: URL, doc: Document): ReadItem | null => {
    const page = spec.page(url, doc);
    return page === null ? null : (container) => spec.read(container, page, url);
  };
  const { summaryAnchors } = spec;
  return {
    name: spec.name,
    tracker: spec.tracker,
    container: spec.container,
    marker: spec.marker,
    standalone: spec.standalone ?? false,
    applies: spec.applies,
    bind,
    find(root, url) {
      const doc = documentOf(root);
      const read = doc ? bind(url, doc) : null;
      if (!read) return [];
      return createFinder([
        { container: spec.container, marker: spec.marker, standalone: spec.standalone ?? false, read },
      ])
        .find(root)
        .map((found) => found.item);
    },
    ...(summaryAnchors && {
      summaryAnchors,
      summaryAnchor: (root: ParentNode) => firstIn(root, summaryAnchors),
    }),
  };
}
