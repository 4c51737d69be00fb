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
}

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
    read(count: number, isOurs: (element: Element) => boolean): PageChanges {
      const changes: PageChanges = { added: [], removed: [], touched: [], foreign: [] };
      let left = count;
      while (left > 0 && batches.length > 0) {
        const current = batches[0]!;
        if (current.candidates === null) {
          const end = Math.min(current.records.length, current.read + left);
          for (let at = current.read; at < end; at++) readRecord(current.records[at]!, current.added, changes, isOurs);
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

/**
 * The subtrees the parser added since it added `first`: it only ever
 * appends, so they are `first` and every element after it in document
 * order, that is `first`, its following siblings and those of each of its
 * ancestors. Work in proportion to the depth, however many elements they hold.
 */
function parsedFrom(first: Element, doc: Document): Element[] {
  if (!first.isConnected) return doc.documentElement ? [doc.documentElement] : [];
  const added: Element[] = [first];
  for (let node: Element | null = first; node; node = node.parentElement)
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) added.push(sibling);
  return added;
}

/** The element after `node` in document order, its subtree included as it is now; null at the end. */
function following(node: Element): Element | null {
  if (node.firstElementChild) return node.firstElementChild;
  for (let at: Element | null = node; at; at = at.parentElement)
    if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/** The last element in document order: where the parser is. */
function lastElement(doc: Document): Element | null {
  let node: Element | null = doc.documentElement;
  while (node?.lastElementChild) node = node.lastElementChild;
  return node;
}

/** How often, at the least, the parser's progress is looked at while the document loads (frames come more often). */
const PARSER_POLL_MS = 50;

/**
 * Watches the whole document from the moment the content script starts
 * (document_start), our hosts' attributes included, so that a page that
 * strips them is noticed, and queues what it sees for the overlay to read
 * (`onChanges` tells it there is more).
 *
 * While the document loads, the parser adds every element of the page, and
 * each one would be a mutation record: 262,046 on a 2,000-card board, each an
 * object in our world for the garbage collector, whose pauses then fell in
 * our work (scavenges of 30–100 ms). So until the parser is done the added
 * elements are not observed: the parser's progress is read from the last
 * element read, at every frame (before it is painted) and at least every
 * 50 ms. A script's change meanwhile to what the parser had passed is not
 * seen then: `flush`, at DOMContentLoaded, says so, and the overlay reads the
 * whole page once more. Our own writes run `quietly`, with the observer off:
 * they make no records, where telling a slice's hundreds of records of ours
 * from the page's cost up to 50 ms on a big board. No page script runs while
 * we write; what the page did before is taken first, and told of right after.
 */
export function watchPage(
  doc: Document,
  queue: ChangeQueue,
  onChanges: () => void,
  /** Runs each delivery: the work timer, so that taking the records counts as our work too. */
  run: (work: () => void) => void = (work) => work(),
) {
  let telling = false;
  /** Whether the parser is still adding the page, followed from its progress rather than observed. */
  let parsing = doc.readyState === 'loading';
  /** Whether any of the page was read from the parser's progress since the last `flush`. */
  let followedParser = false;
  let frontier: Element | null = null;
  const win = doc.defaultView;
  let pollFrame = 0;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) =>
    run(() => {
      queue.push(records);
      onChanges();
    }),
  );
  const watch = () =>
    observer.observe(doc, {
      childList: !parsing,
      subtree: true,
      attributes: true,
      attributeFilter: [...HOST_ATTRIBUTES],
    });

  /** Queues what the parser added since the last look: the subtrees after the last element read. */
  const readParser = () => {
    if (frontier && !frontier.isConnected) frontier = null;
    const first = frontier ? following(frontier) : doc.documentElement;
    if (!first) return;
    followedParser = true;
    frontier = lastElement(doc);
    run(() => {
      queue.pushAdded(parsedFrom(first, doc));
      onChanges();
    });
  };
  const cancelPoll = () => {
    if (pollFrame) win?.cancelAnimationFrame(pollFrame);
    clearTimeout(pollTimer);
    pollFrame = 0;
    pollTimer = undefined;
  };
  const poll = () => {
    cancelPoll();
    if (doc.readyState !== 'loading') {
      stopParsing();
      return;
    }
    readParser();
    pollFrame = win?.requestAnimationFrame(poll) ?? 0;
    pollTimer = setTimeout(poll, PARSER_POLL_MS);
  };
  /** The parser is done: what it added last is read, and from now on every change is observed. */
  const stopParsing = () => {
    if (!parsing) return;
    cancelPoll();
    doc.removeEventListener('readystatechange', onReadyState);
    readParser();
    parsing = false;
    observer.disconnect();
    watch();
  };
  function onReadyState(): void {
    if (doc.readyState !== 'loading') stopParsing();
  }
  watch();
  if (parsing) {
    doc.addEventListener('readystatechange', onReadyState);
    poll();
  }
  let writing = 0;
  return {
    /** Runs our writes unobserved; a write inside another is part of it. */
    quietly(write: () => void): void {
      if (writing > 0) {
        write();
        return;
      }
      const theirs = observer.takeRecords();
      if (theirs.length > 0) queue.push(theirs);
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
    /**
     * Queues what is pending now rather than at the next microtask (the page's DOMContentLoaded handlers come
     * after ours). Answers whether some of the page was read from the parser's progress since the last flush:
     * a script may then have changed unseen what the parser had passed.
     */
    flush(): boolean {
      stopParsing();
      const records = observer.takeRecords();
      if (records.length > 0) run(() => queue.push(records));
      const followed = followedParser;
      followedParser = false;
      return followed;
    },
    stop(): void {
      cancelPoll();
      doc.removeEventListener('readystatechange', onReadyState);
      observer.disconnect();
    },
  };
}
