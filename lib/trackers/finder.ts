import type { FoundItem, ReadItem } from './adapter';

/** One adapter bound to a view: where its items live and how to read one. */
export interface Reader {
  container: string;
  marker: string;
  read: ReadItem;
}

/** An item and the container it was read from (its identity in the page, with the item's id). */
export interface Found {
  source: Element;
  item: FoundItem;
  /** Which reader read it, by position. */
  reader: number;
}

export interface Finder {
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

  function sourcesIn(root: ParentNode, into: Set<Element>): void {
    if (containers === '') return;
    try {
      if (isElement(root)) {
        const around = root.closest(containers);
        if (around) into.add(around);
      }
      for (const marker of root.querySelectorAll(markers)) {
        const source = marker.closest(containers);
        if (source) into.add(source);
      }
    } catch {
      // A selector the browser does not understand finds nothing.
    }
  }

  function read(source: Element): Found | null {
    for (const [index, reader] of readers.entries()) {
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
    sourcesIn,
    read,
    find(root) {
      const sources = new Set<Element>();
      sourcesIn(root, sources);
      // Reader order is the registry's: detail views first, so that an item open in its own view is met there first.
      return [...sources].flatMap((source) => read(source) ?? []).sort((a, b) => a.reader - b.reader);
    },
  };
}

function union(selectors: readonly string[]): string {
  return [...new Set(selectors)].join(', ');
}

// By node type rather than `instanceof`, which fails for nodes from another frame's realm.
function isElement(node: ParentNode): node is Element {
  return (node as unknown as Node).nodeType === Node.ELEMENT_NODE;
}
