import { HOST_ATTRIBUTES } from './host-elements';

/** One batch of the page's DOM changes, reduced to what the overlay acts on. */
export interface PageChanges {
  /** The added subtrees, outermost only (a subtree inside another added one is read with it); none of ours. */
  added: Element[];
  /** The elements that left the page, as removed (with what was inside them); not ours. Items may have left with them. */
  removed: Element[];
  /** Our own elements the page moved, removed or changed the attributes of. */
  touched: Element[];
  /** Elements that look like ours but are copies the page made (`cloneNode`, HTML rebuilt from ours). */
  foreign: Element[];
  /**
   * The cards and rows of items in which children changed (`itemAround`), each once: the item is read again as
   * a whole, its copies of our hosts taken out, rather than each node added or removed looked at.
   */
  within: Element[];
}

/**
 * The card or row the overlay already read as an item (one that holds no other item) that an element is in,
 * or null. Asked once per changed element in a read of records.
 */
export type ItemAround = (element: Element) => Element | null;

/** Our tags all start so: a cheap first test before asking whether an element is ours. */
const OUR_TAG_PREFIX = 'THROUGHLINE-';

/** One delivery of records, read a part at a time: its records first, then the elements they added. */
interface Batch {
  records: readonly MutationRecord[];
  /** Records read so far. */
  read: number;
  /** Elements added in this batch, and whether each is inside another one added in it. */
  added: Map<Element, boolean>;
  /** Once every record is read: the elements added, each to be checked for an added ancestor. */
  candidates: (readonly [Element, boolean])[] | null;
  checked: number;
  /** Ancestors climbed through while checking, and whether each is inside an added element. */
  climbed: Map<Node, boolean>;
}

/**
 * The page's changes not read yet, in the order they came. Reading a record
 * costs microseconds from a content script's world, and a page script can
 * make thousands in one go (a board's handler adding an element to each of
 * 2,000 cards): the overlay reads them a few at a time (`read`), in its time
 * slices, rather than all at once as they arrive.
 *
 * Within a batch the HTML parser reports every element it adds, each after
 * its parent's: an element added into a parent added in the same batch is
 * inside an added subtree without further ado; only the others climb their
 * ancestors, once the batch's records are all read, remembering the answer
 * for each one climbed through. Every record of a batch was made before the
 * first of its subtrees is read, so reading the outermost ones finds the rest.
 */
export function createChangeQueue() {
  const batches: Batch[] = [];

  function batch(records: readonly MutationRecord[], candidates: Batch['candidates']): Batch {
    return { records, read: 0, added: new Map(), candidates, checked: 0, climbed: new Map() };
  }

  return {
    /** Whether anything is left to read. */
    get pending(): boolean {
      return batches.length > 0;
    },
    push(records: readonly MutationRecord[]): void {
      if (records.length > 0) batches.push(batch(records, null));
    },
    /** Subtrees known to be added and outermost (the parser's progress): read in their turn, as they are. */
    pushAdded(added: readonly Element[]): void {
      if (added.length > 0)
        batches.push(
          batch(
            [],
            added.map((element) => [element, false] as const),
          ),
        );
    },
    /** Reads up to `count` records or added elements, in the order they came. */
    read(count: number, isOurs: (element: Element) => boolean, itemAround?: ItemAround): PageChanges {
      const changes: PageChanges = { added: [], removed: [], touched: [], foreign: [], within: [] };
      // A card re-rendered makes several records with the same parent: asked once each.
      const around = new Map<Node, Element | null>();
      const within = new Set<Element>();
      const isInside = (target: Node) => {
        let item = around.get(target);
        if (item === undefined) {
          item =
            itemAround !== undefined && target.nodeType === Node.ELEMENT_NODE ? itemAround(target as Element) : null;
          around.set(target, item);
          if (item && !within.has(item)) {
            within.add(item);
            changes.within.push(item);
          }
        }
        return item !== null;
      };
      let left = count;
      while (left > 0 && batches.length > 0) {
        const current = batches[0]!;
        if (current.candidates === null) {
          const end = Math.min(current.records.length, current.read + left);
          for (let at = current.read; at < end; at++) {
            const record = current.records[at]!;
            // Its nodes are not looked at one by one: a card's insides re-rendered are a dozen nodes a record, each
            // an object made for this world, and what they hold is the card's own item, read again anyway.
            if (itemAround && record.type === 'childList' && isInside(record.target)) continue;
            readRecord(record, current.added, changes, isOurs);
          }
          left -= end - current.read;
          current.read = end;
          if (end < current.records.length) break;
          current.candidates = [...current.added];
          continue;
        }
        const end = Math.min(current.candidates.length, current.checked + left);
        for (let at = current.checked; at < end; at++) {
          const [element, inside] = current.candidates[at]!;
          if (!inside && element.isConnected && !underAdded(current, element.parentNode)) changes.added.push(element);
        }
        left -= end - current.checked;
        current.checked = end;
        if (end === current.candidates.length) batches.shift();
      }
      return changes;
    },
    clear(): void {
      batches.length = 0;
    },
  };
}

export type ChangeQueue = ReturnType<typeof createChangeQueue>;

function readRecord(
  record: MutationRecord,
  added: Map<Element, boolean>,
  changes: PageChanges,
  isOurs: (element: Element) => boolean,
): void {
  if (record.type === 'attributes') {
    const target = record.target as Element;
    if (target.tagName.startsWith(OUR_TAG_PREFIX) && isOurs(target)) changes.touched.push(target);
    return;
  }
  const removedNodes = record.removedNodes;
  for (let index = 0; index < removedNodes.length; index++) {
    const node = removedNodes[index]!;
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    if ((node as Element).tagName.startsWith(OUR_TAG_PREFIX) && isOurs(node as Element))
      changes.touched.push(node as Element);
    else changes.removed.push(node as Element);
  }
  const addedNodes = record.addedNodes;
  if (addedNodes.length === 0) return;
  const inside = added.has(record.target as Element);
  for (let index = 0; index < addedNodes.length; index++) {
    const node = addedNodes[index]!;
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.tagName.startsWith(OUR_TAG_PREFIX)) {
      if (isOurs(element)) changes.touched.push(element);
      else changes.foreign.push(element);
      continue;
    }
    added.set(element, inside);
  }
}

/** Whether a node is, or is inside, an element its batch added; a batch that added none (the parser's) needs no climb. */
function underAdded({ added, climbed }: Batch, start: Node | null): boolean {
  if (added.size === 0) return false;
  const path: Node[] = [];
  let answer = false;
  for (let node = start; node; node = node.parentNode) {
    const known = added.has(node as Element) ? true : climbed.get(node);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(node);
  }
  for (const node of path) climbed.set(node, answer);
  return answer;
}

/** A batch this big while the document loads is the parser's: read from its progress, not record by record. */
const PARSER_BATCH = 1000;

/**
 * The first element the batch added, not one of ours: the parser appends in
 * document order, so everything it added since comes after it.
 */
function firstAdded(records: readonly MutationRecord[], isOurs: (element: Element) => boolean): Element | null {
  for (const record of records) {
    const nodes = record.addedNodes;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node as Element)) return node as Element;
    }
  }
  return null;
}

/** Appends to `added` the following siblings of `node` and of each of its ancestors: the elements after its subtree. */
function following(node: Element, added: Element[]): Element[] {
  for (let at: Element | null = node; at; at = at.parentElement)
    for (let sibling = at.nextElementSibling; sibling; sibling = sibling.nextElementSibling) added.push(sibling);
  return added;
}

/**
 * The subtrees the parser added in a batch that began with `first`: it only
 * ever appends, so they are `first` and every element after it in document
 * order. Work in proportion to the depth, however many records they made.
 */
function parsedFrom(first: Element, doc: Document): Element[] {
  if (!first.isConnected) return doc.documentElement ? [doc.documentElement] : [];
  return following(first, [first]);
}

/**
 * The subtrees added after `last`, the document's last element when last
 * looked at: its children and everything after it. Null when it left the page
 * (a script removed it), so that where the parser went on is unknown.
 */
function parsedAfter(last: Element): Element[] | null {
  if (!last.isConnected) return null;
  const added: Element[] = [];
  for (let child = last.firstElementChild; child; child = child.nextElementSibling) added.push(child);
  return following(last, added);
}

/** The last element inside `root` in document order (`root` itself if it is empty). */
function lastInside(root: Element): Element {
  let last = root;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/** The document's last element in document order: where the parser is appending, as long as no script appended after it. */
function lastElement(doc: Document): Element | null {
  return doc.documentElement ? lastInside(doc.documentElement) : null;
}

/** The child of the body that holds `element`, if the body does: one climb to it. */
function bodyChildOf(element: Element, doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  for (let at: Element | null = element; at; at = at.parentElement) if (at.parentElement === body) return at;
  return null;
}

/**
 * How many of the body's children before the last one may still be where the parser is, when it begins to be
 * followed: the one it is in, if a script appended after it, and those just before, which it has left.
 */
const PARSER_PLACES = 8;

/** How often the parser's progress is looked at while it is followed: its pauses between chunks come about as often. */
const FOLLOW_PARSER_MS = 4;

/**
 * Watches the whole document from the moment the content script starts
 * (document_start), our hosts' attributes included, so that a page that
 * strips them is noticed, and queues what it sees for the overlay to read
 * (`onChanges` tells it there is more). Our own writes run `quietly`, with
 * the observer off: they make no records, where telling a slice's hundreds
 * of records of ours from the page's cost up to 50 ms on a big board. No
 * page script runs while we write; what the page (or the parser) did before
 * is taken first, and told of right after.
 *
 * While a big document loads, the parser makes a record of every node it
 * adds (over 400,000 on a 2,000-card board), and each record delivered to
 * this world is an object of its own: their garbage collections were half
 * of our long pieces on such a board. The first batch that big is read
 * from the parser's progress, and from then until the document is parsed
 * the parser is followed rather than recorded (`later`, every few
 * milliseconds): what was added after the last element seen is read, with
 * only our hosts' attributes observed meanwhile. A script that appends
 * after the parser's place (at the end of the body), so that the parser goes
 * on before it, or removes that place, is noticed: every change is recorded
 * again and the whole page read again (known items are passed over). Other
 * changes a script makes meanwhile to what was parsed are read with the
 * page's next change there; items it removed go at DOMContentLoaded
 * (engine.ts).
 */
export function watchPage(
  doc: Document,
  queue: ChangeQueue,
  onChanges: () => void,
  isOurs: (element: Element) => boolean,
  /** Runs each delivery: the work timer, so that taking the records counts as our work too. */
  run: (work: () => void) => void = (work) => work(),
  /** Calls back after a delay: the overlay's timers, released when it stops. */
  later: (fn: () => void, ms: number) => void = (fn, ms) => setTimeout(fn, ms),
) {
  let telling = false;
  /** While the parser is followed rather than recorded: the document's last element when last looked at. */
  let parserAt: Element | null = null;
  const parsed = (records: readonly MutationRecord[]) => doc.readyState === 'loading' && records.length > PARSER_BATCH;
  const take = (records: readonly MutationRecord[]) => {
    if (parserAt === null && parsed(records)) {
      const first = firstAdded(records, isOurs);
      if (first) queue.pushAdded(parsedFrom(first, doc));
      followParser();
    } else queue.push(records);
  };
  const tell = (added: Element[]) => {
    if (added.length === 0) return;
    run(() => {
      queue.pushAdded(added);
      onChanges();
    });
  };
  const observer = new MutationObserver((records) =>
    run(() => {
      take(records);
      onChanges();
    }),
  );
  const attributes = { attributes: true, attributeFilter: [...HOST_ATTRIBUTES] };
  let stopped = false;
  // Never again once stopped: the overlay removes its hosts, quietly, after the watcher stops.
  const watch = () => {
    if (!stopped) observer.observe(doc, { subtree: true, childList: parserAt === null, ...attributes });
  };

  /**
   * The body's children the parser was in and left (or, as following begins, may still be in), each with its
   * last element then. The parser never goes back into one it left; if one grows, a script appended after the
   * parser's place (an element at the end of the body) and the parser went on before it, where looking after
   * the last element misses it.
   */
  const leftBehind = new Map<Element, Element>();

  /** A look at the parser, timed as our work like each delivery of records: it walks what the parser added. */
  const look = () => run(lookAtParser);

  function followParser(): void {
    parserAt = lastElement(doc);
    if (parserAt === null) return;
    // A script may already have appended after the parser's place (in the batch that began this): the body's
    // last few children before the one the last element is in may be where the parser still is.
    let before = bodyChildOf(parserAt, doc)?.previousElementSibling ?? null;
    for (let count = 0; before && count < PARSER_PLACES; count++, before = before.previousElementSibling)
      leftBehind.set(before, lastInside(before));
    observer.disconnect();
    watch();
    later(look, FOLLOW_PARSER_MS);
  }

  /**
   * Reads what the parser added since the last look, and looks again while the document loads; once it is parsed,
   * every change is recorded again. If the parser's place went, or it went back before a script's element, every
   * change is recorded again at once, and the whole page read.
   */
  function lookAtParser(): void {
    if (parserAt === null) return;
    const added = parsedAfter(parserAt);
    if (added === null || parserWentBack()) {
      recordAgain(added ?? []);
      return;
    }
    if (doc.readyState !== 'loading') {
      stopFollowing(added);
      return;
    }
    const was = bodyChildOf(parserAt, doc);
    parserAt = lastElement(doc) ?? parserAt;
    if (was && was !== bodyChildOf(parserAt, doc)) leftBehind.set(was, lastInside(was));
    tell(added);
    later(look, FOLLOW_PARSER_MS);
  }

  function parserWentBack(): boolean {
    for (const [child, last] of leftBehind) if (lastInside(child) !== last) return true;
    return false;
  }

  /** Following the parser missed something: every change recorded again, and the whole page read again after `added`. */
  function recordAgain(added: Element[]): void {
    if (doc.documentElement) added.push(doc.documentElement);
    stopFollowing(added);
  }

  function stopFollowing(added: Element[]): void {
    parserAt = null;
    leftBehind.clear();
    observer.disconnect();
    watch();
    tell(added);
  }

  const onReadyStateChange = () => {
    if (doc.readyState !== 'loading') look();
  };
  doc.addEventListener('readystatechange', onReadyStateChange);
  watch();
  let writing = 0;
  return {
    /** Runs our writes unobserved; a write inside another is part of it. */
    quietly(write: () => void): void {
      if (writing > 0) {
        write();
        return;
      }
      const theirs = observer.takeRecords();
      if (theirs.length > 0) take(theirs);
      observer.disconnect();
      writing++;
      try {
        write();
      } finally {
        writing--;
        watch();
        // The piece that writes may not be the one that reads them.
        if (theirs.length > 0 && !telling) {
          telling = true;
          queueMicrotask(() => {
            telling = false;
            run(onChanges);
          });
        }
      }
    },
    /** Queues what is pending now rather than at the next microtask (the page's DOMContentLoaded handlers come after ours). */
    flush(): void {
      const records = observer.takeRecords();
      if (records.length > 0) run(() => queue.push(records));
    },
    stop(): void {
      stopped = true;
      parserAt = null;
      leftBehind.clear();
      doc.removeEventListener('readystatechange', onReadyStateChange);
      observer.disconnect();
    },
  };
}
