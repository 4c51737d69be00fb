import type { FoundItem, ReadItem } from './adapter';

/** One adapter bound to a view: where its items live and how to read one. */
export interface Reader {
  container: string;
  marker: string;
  /** Whether its containers are also found by themselves, with no marker in them (adapter.ts). */
  standalone: boolean;
  read: ReadItem;
}

/** An item and the container it was read from (its identity in the page, with the item's id). */
export interface Found {
  source: Element;
  item: FoundItem;
  /** Which reader read it, by position. */
  reader: number;
}

/** Wrappers with one child each a card may come in, as a subtree of its own (a board's drop target and ripple). */
const MAX_WRAPPERS = 4;

/**
 * The first answer `pick` gives from `root` down through the wrappers with one child each a board puts around a
 * card: everything in `root` is inside the element it picks.
 */
export function throughWrappers<T>(root: Element, pick: (element: Element) => T | undefined): T | undefined {
  let element: Element | null = root;
  for (let depth = 0; element && depth <= MAX_WRAPPERS; depth++) {
    const picked = pick(element);
    if (picked !== undefined) return picked;
    element = element.childElementCount === 1 ? element.firstElementChild : null;
  }
  return undefined;
}

export interface Finder {
  /**
   * The markers in `root` (and `root` itself, if one): where items are, before climbing to their containers
   * (a container among them stands for its own markers). `around` and `wrapped`, when the caller has them already,
   * are `sourceOf(root)` and `wrappedContainer(root)`. None when `around` is given and `root` holds no container:
   * every marker in it climbs to `around`.
   */
  markersIn(root: ParentNode, around?: Element | null, wrapped?: Element | null): Element[];
  /**
   * The container `root` is, or holds alone through wrappers with one child
   * each (a board's drop target and ripple around a card); null for anything
   * wider, such as a column or a list.
   */
  wrappedContainer(root: Element): Element | null;
  /** Whether an element is a container of any reader. */
  isContainer(element: Element): boolean;
  /** The container an element (a marker, or a changed part of a card) is in, or is; null outside every container. */
  sourceOf(element: Element): Element | null;
  /**
   * Adds to `into` the containers a change at `root` may have added or
   * altered: the one around `root`, and those its markers climb to. Work in
   * proportion to the subtree, never to the document.
   */
  sourcesIn(root: ParentNode, into: Set<Element>): void;
  /** The item a container holds, read by the first reader whose container it is; null when none reads one. */
  read(source: Element): Found | null;
  /** Every item in and around `root`. */
  find(root: ParentNode): Found[];
}

/**
 * Finds items for several readers at once, the way trackers.md advises:
 * markers (links) first, then `closest()` up to their container. One query
 * per changed subtree serves every reader, whatever their number; a marker
 * belongs to the nearest container of any reader, which keeps an item in a
 * linked-items list from being taken for the issue view around it.
 */
export function createFinder(readers: readonly Reader[]): Finder {
  const containers = union(readers.map((reader) => reader.container));
  const markers = union(readers.map((reader) => reader.marker));
  const standalone = union(readers.flatMap((reader) => (reader.standalone ? [reader.container] : [])));

  /**
   * The markers in `root`, and the standalone containers where they may be
   * missing: in a subtree with no marker, or one that is not a part of an
   * item (a column, a view, the page, however few markers it holds), not in
   * a card re-created with its link, whether by itself or in the wrappers a
   * board puts around each card. One selector per query where possible: a
   * list of them makes Chromium's query four times slower, and the standalone
   * list is the dearest query of a re-created card (a quarter of its cost).
   */
  function markersIn(root: ParentNode, around?: Element | null, wrapped?: Element | null): Element[] {
    // The caller has the one container they would climb to. Listing them made a script object for the list and for
    // each marker, and in a content script's world each goes into a table that grew past 131,072 entries on a
    // 20,000-card board, writing 8 MB at once (the twenty-ninth round); a query that finds nothing makes none.
    // Not guarded: `around` was found with the same selector, which the browser therefore understands.
    if (around && !root.querySelector(containers)) return [];
    const found = query(root, markers);
    if (standalone === '') return found;
    if (found.length > 0 && isElement(root)) {
      if (around === undefined ? sourceOf(root) : around) return found;
      // Every marker climbs to the one card the wrappers hold: the card stands for them. As when a card's insides
      // change, a container inside it with no link of its own is not looked for; a card holding another item's link is.
      const card = wrapped === undefined ? wrappedContainer(root) : wrapped;
      if (card && found.every((marker) => sourceOf(marker) === card)) return [card];
    }
    return found.concat(query(root, standalone));
  }

  function wrappedContainer(root: Element): Element | null {
    return throughWrappers(root, (element) => (matches(element, containers) ? element : undefined)) ?? null;
  }

  function sourceOf(element: Element): Element | null {
    if (containers === '') return null;
    try {
      return element.closest(containers);
    } catch {
      return null;
    }
  }

  function sourcesIn(root: ParentNode, into: Set<Element>): void {
    const around = isElement(root) ? sourceOf(root) : null;
    if (around) into.add(around);
    for (const marker of markersIn(root)) {
      const source = sourceOf(marker);
      if (source) into.add(source);
    }
  }

  function read(source: Element): Found | null {
    // Indexed rather than `entries()`: asked of every card of a board, and each entry is an object made.
    for (let index = 0; index < readers.length; index++) {
      const reader = readers[index]!;
      try {
        if (!source.matches(reader.container)) continue;
        const item = reader.read(source);
        if (item) return { source, item, reader: index };
      } catch {
        // An unreadable card is simply not found; the next reader may know it.
      }
    }
    return null;
  }

  return {
    markersIn,
    wrappedContainer,
    isContainer: (element) => matches(element, containers),
    sourceOf,
    sourcesIn,
    read,
    find(root) {
      const sources = new Set<Element>();
      sourcesIn(root, sources);
      // In page order (markers and standalone containers are found apart), then in reader order: the registry's,
      // detail views first, so that an item open in its own view is met there first.
      return [...sources]
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
        .flatMap((source) => read(source) ?? [])
        .sort((a, b) => a.reader - b.reader);
    },
  };
}

function matches(element: Element, selector: string): boolean {
  try {
    return selector !== '' && element.matches(selector);
  } catch {
    return false;
  }
}

function query(root: ParentNode, selector: string): Element[] {
  if (selector === '') return [];
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // A selector the browser does not understand finds nothing.
    return [];
  }
}

function union(selectors: readonly string[]): string {
  return [...new Set(selectors)].join(', ');
}

// By node type rather than `instanceof`, which fails for nodes from another frame's realm.
function isElement(node: ParentNode): node is Element {
  return (node as unknown as Node).nodeType === Node.ELEMENT_NODE;
}
