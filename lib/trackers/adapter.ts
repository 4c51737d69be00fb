import type { ItemFacts } from '../model/item-facts';
import type { ItemIdParts, Tracker } from '../model/item-id';

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

/**
 * An adapter reads one page family of one tracker. It is a pure DOM reader:
 * given a root and the page URL it returns what it found, and it never
 * renders, messages or throws for markup it does not recognize.
 */
export interface Adapter {
  /** Unique name, `tracker-flavour-view`, e.g. `jira-cloud-board`. */
  name: string;
  tracker: Tracker;
  /** Cheap check whether this page can hold this view at all. */
  applies(url: URL, doc: Document): boolean;
  find(root: ParentNode, url: URL): FoundItem[];
  /** Where a list view's summary goes (after this element); absent for detail views. */
  summaryAnchor?(doc: Document, url: URL): Element | null;
}
