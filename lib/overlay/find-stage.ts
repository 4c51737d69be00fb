import type { PageView } from './view';

/** A subtree bigger than this many elements is read child by child. */
const SPLIT_AT = 4000;
/** Markers climbed from to their containers in one step: a `closest` each. */
const CLIMB_STEP = 128;

export interface FindStageDeps {
  /** Takes out of an added subtree the copies of our hosts the page made (place.ts); `leaf`: it has no element inside. */
  removeCopies(root: Element, leaf: boolean): void;
}

/**
 * The find stage: from the subtrees the page added to the containers that
 * hold its items, in steps the engine takes within its slices. Each added
 * subtree is looked through once for markers (the links trackers.md names),
 * which are climbed to their containers; the containers wait in `sources`
 * until the engine reads them as items (finder.ts does the asking).
 */
export function createFindStage(deps: FindStageDeps) {
  /**
   * Subtrees to look through, in lanes taken in turn, a subtree from each:
   * one lane for each subtree the page added, and one for the children of
   * each subtree read child by child. A board's columns are read side by
   * side, the cards at their tops, those in view, first: one after another,
   * a 20,000-card board's third column was read after the 13,000 cards of
   * the first two. And a change the page makes while a big board is read
   * waits for one subtree of each lane, not for the whole board.
   */
  const lanes: Element[][] = [];
  /** Containers to read as items, each taken out as it is read. */
  const sources = new Set<Element>();
  /** Within a piece: the container each added subtree's parent is in (`containerAbove`). */
  const aboveParent = new Map<Element, Element | null>();
  /** Markers found in added subtrees, still to be climbed from to their containers. */
  let markers: Element[] = [];
  /**
   * How many of `markers` were climbed from. Added to and read on in place: joining each subtree's markers
   * to the rest, and slicing off the ones climbed, copied the list at every step of a board's parse, garbage
   * whose collections landed in our pieces.
   */
  let climbed = 0;

  /**
   * The container an added subtree is in, if any. Asked of its parent, once a piece per parent: the cards a
   * page re-creates in a column share it, and climbing from each to the top of the page was a tenth of a
   * 50-card change. Our own writes in a piece (hosts, marks) never make or unmake a container.
   */
  function containerAbove(current: PageView, root: Element): Element | null {
    const parent = root.parentElement;
    if (!parent) return null;
    let container = aboveParent.get(parent);
    if (container === undefined) {
      container = current.finder.sourceOf(parent);
      aboveParent.set(parent, container);
    }
    return container;
  }

  /** Queues the items in and around an added subtree. */
  function readRoot(current: PageView, root: Element): void {
    // A subtree gone again before it was read holds no item of the page.
    if (!root.isConnected) return;
    // An element with nothing inside (an icon, a counter a page script adds to each card) holds no marker:
    // the item around it, if any, is all there is to read. Counted, not looked at: a child looked at is one
    // more wrapper in the content script's world.
    const leaf = root.childElementCount === 0;
    // The container the subtree is in, or is (as `closest` answers); outside any, the card it is, or holds in the
    // wrappers a board puts around each card.
    const above = containerAbove(current, root);
    const card = above === null ? current.finder.wrappedContainer(root) : null;
    const around = card === root || (above !== null && current.finder.isContainer(root)) ? root : above;
    // A subtree of thousands of elements (a whole board) is read child by child: no single query then is long.
    // Wrappers with one child each are passed through at once (a board is often one element's only child).
    // Asked as "is there an element past SPLIT_AT": counting them all would walk a whole board, 200,000 elements.
    // Not asked of an item's card or row, or inside one, which holds one item: that walk was a tenth of a 50-card
    // change.
    if (!leaf && !around && !card && root.getElementsByTagName('*').item(SPLIT_AT) !== null) {
      let wide = root;
      while (wide.childElementCount === 1) wide = wide.firstElementChild!;
      lanes.push([...wide.children]);
      return;
    }
    deps.removeCopies(root, leaf);
    if (around) sources.add(around);
    const found = leaf ? [] : current.finder.markersIn(root, around, card);
    // Only a subtree with no item in it is looked through for a summary place: cheap, and headers come alone.
    if (!around && found.length === 0) current.offer(root);
    for (const marker of found) markers.push(marker);
  }

  /** Climbs from a few markers to their containers: a subtree of thousands of cards is climbed through in slices too. */
  function climbSome(current: PageView): void {
    const end = Math.min(markers.length, climbed + CLIMB_STEP);
    for (; climbed < end; climbed++) {
      const source = current.finder.sourceOf(markers[climbed]!);
      if (source) sources.add(source);
    }
    if (climbed === markers.length) {
      markers = [];
      climbed = 0;
    }
  }

  return {
    sources,
    /** Whether anything is left to look through, climb from or read. */
    get pending(): boolean {
      return lanes.length > 0 || climbed < markers.length || sources.size > 0;
    },
    /** Whether added subtrees are left to look through. */
    get hasRoots(): boolean {
      return lanes.length > 0;
    },
    /** A subtree the page added (or the whole page, for a new view), to look through in its turn. */
    add(root: Element): void {
      lanes.push([root]);
    },
    /** Looks through the next added subtree; false when none is left. */
    readNextRoot(current: PageView): boolean {
      const lane = lanes.shift();
      const root = lane?.shift();
      if (lane?.length) lanes.push(lane);
      if (!root) return false;
      readRoot(current, root);
      return true;
    },
    climbSome,
    /** The piece is over: the containers it found above its subtrees may not be there in the next. */
    endPiece(): void {
      aboveParent.clear();
    },
    clear(): void {
      lanes.length = 0;
      markers = [];
      climbed = 0;
      sources.clear();
    },
  };
}
