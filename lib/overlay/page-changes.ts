import { HOST_ATTRIBUTES, isOurTag } from './host-elements';

/** One batch of the page's DOM changes, reduced to what the overlay acts on. */
export interface PageChanges {
  /** The added subtrees, outermost only (a subtree inside another added one is read with it); none of ours. */
  added: Element[];
  /** Whether any element left the page: items may have left with it. */
  removed: boolean;
  /** Our own elements the page moved, removed or changed the attributes of. */
  touched: Element[];
  /** Elements that look like ours but are copies the page made (`cloneNode`, HTML rebuilt from ours). */
  foreign: Element[];
}

/**
 * Reduces mutation records to the changes the overlay follows. The work is
 * in proportion to the records; the outermost added subtrees are found by
 * climbing from each added element, remembering the answer for every
 * element climbed through, so a parser batch of thousands stays linear.
 */
export function readChanges(records: readonly MutationRecord[], isOurs: (element: Element) => boolean): PageChanges {
  const changes: PageChanges = { added: [], removed: false, touched: [], foreign: [] };
  const added = new Set<Element>();
  for (const record of records) {
    if (record.type === 'attributes') {
      const target = record.target as Element;
      if (isOurs(target)) changes.touched.push(target);
      continue;
    }
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      changes.removed = true;
      if (isOurs(node as Element)) changes.touched.push(node as Element);
    }
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE || !node.isConnected) continue;
      const element = node as Element;
      if (isOurs(element)) changes.touched.push(element);
      else if (isOurTag(element)) changes.foreign.push(element);
      else added.add(element);
    }
  }
  const underAdded = new Map<Node, boolean>();
  const isUnderAdded = (start: Node | null): boolean => {
    const path: Node[] = [];
    let answer = false;
    for (let node = start; node; node = node.parentNode) {
      const known = underAdded.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (added.has(node as Element)) {
        answer = true;
        break;
      }
      path.push(node);
    }
    for (const node of path) underAdded.set(node, answer);
    return answer;
  };
  for (const element of added) if (!isUnderAdded(element.parentNode)) changes.added.push(element);
  return changes;
}

/** Whether a record is only about our own writes: our elements added or removed, our hosts' attributes set. */
function isOwnRecord(record: MutationRecord, isOurs: (element: Element) => boolean): boolean {
  if (record.type === 'attributes') return isOurs(record.target as Element);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeType === Node.ELEMENT_NODE && isOurs(node as Element));
}

/**
 * Watches the whole document from the moment the content script starts
 * (document_start), our hosts' attributes included, so that a page that
 * strips them is noticed. `discardOwn`, called right after we write, drops
 * the records of our own writes. No page script runs while we write, but
 * the parser may add nodes meanwhile (a style read can let it go on): the
 * page's records among them are handed on, right after.
 */
export function watchPage(
  doc: Document,
  onChanges: (changes: PageChanges) => void,
  isOurs: (element: Element) => boolean,
) {
  let carried: MutationRecord[] = [];
  const deliver = (records: MutationRecord[]) => onChanges(readChanges(records, isOurs));
  const observer = new MutationObserver(deliver);
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: [...HOST_ATTRIBUTES] });
  return {
    discardOwn(): void {
      const theirs = observer.takeRecords().filter((record) => !isOwnRecord(record, isOurs));
      if (theirs.length === 0) return;
      if (carried.length === 0)
        queueMicrotask(() => {
          const records = carried;
          carried = [];
          deliver(records);
        });
      carried.push(...theirs);
    },
    stop(): void {
      carried = [];
      observer.disconnect();
    },
  };
}
