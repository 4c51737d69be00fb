import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import { clearChips, renderChips } from './chip-dom';
import { elementSlot } from './element-slot';
import { createHost, HOST_TAG, hostsAt, ITEM_ATTR, isHostTag, isInPlace, placeHost, STATE_ATTR } from './host-elements';
import type { PageItem, PageItems } from './page-items';
import { adoptStyles } from './stylesheet';

/** What chips look like at the moment: density, theme and the objectives they name. */
export interface ChipLook {
  full: boolean;
  dark: boolean;
  /** Changes whenever the objectives' codes, titles or progress may have. */
  catalogueVersion: number;
  objectives: ReadonlyMap<string, ObjectiveSummary>;
}

/**
 * The signature of a host no chips were ever built in: no styles, and hidden.
 * On a board of 20,000 cards, 96% of them unaligned, a styled shadow root per
 * card added 96 MB to the DOM's heap (a rule set, a style resolver, a
 * container and a positioned layout box each), which every whole-heap
 * collection then marked.
 */
const UNSTYLED = ' unstyled';

/**
 * The place stage: exactly one host per item, against its anchor, carrying
 * the page contract's item and state. Only hosts this overlay made are ever
 * reused: a copy the page made of one (a cloned card, a card rebuilt from
 * its HTML) has no shadow root of ours, and is removed. An unaligned card's
 * chips are built only when it is hovered or focused: on a big board that is
 * most of the work saved. A host whose item left the page is kept for the
 * items placed in the same piece of work (`spare`, emptied by `release`):
 * a tracker re-renders cards by replacing them, and a host moved into the
 * new card, often with the very chips it needs, costs a fraction of a new
 * one with its shadow root.
 */
export function createPlacer(doc: Document, items: PageItems) {
  /** Per host of ours: the signature of the chips built in it, '' until they are built, UNSTYLED until first shown. */
  const signatures = elementSlot<string>('chips');
  const isOurs = (element: Element) => signatures.get(element) !== undefined;
  const isRevealed = (host: Element) => {
    const signature = signatures.get(host);
    return signature !== '' && signature !== UNSTYLED;
  };
  /** Hosts of items that left the page, by the item they were built for, until `release`. */
  const spare = new Map<string, HTMLElement>();
  /**
   * The same hosts in the order they were left, handed out from `nextSpare` on: taking the first of the map again
   * and again walked past every entry deleted before it, a third of a millisecond for a 50-card scroll.
   */
  const spareOrder: [string, HTMLElement][] = [];
  let nextSpare = 0;

  /**
   * A host whose item left the page, the one built for this item if there is one. One back in the page (the page
   * put its card back) is not spare: the card's item finds it where it is.
   */
  function takeSpare(id: string): HTMLElement | null {
    const own = spare.get(id);
    if (own) {
      spare.delete(id);
      if (!own.isConnected) return own;
    }
    while (nextSpare < spareOrder.length) {
      const [spareId, host] = spareOrder[nextSpare++]!;
      // Taken already as its own item's, or left again since (the map holds the latest).
      if (spare.get(spareId) !== host) continue;
      spare.delete(spareId);
      if (!host.isConnected) return host;
    }
    return null;
  }

  /** A spare host (`takeSpare`), emptied of chips an unaligned item shows only on hover. */
  function spareHost(item: PageItem, revealed: boolean): HTMLElement | null {
    const host = takeSpare(item.id);
    if (!host) return null;
    if (!revealed && isRevealed(host)) {
      signatures.set(host, '');
      if (host.shadowRoot) clearChips(host.shadowRoot);
    }
    return host;
  }

  function render(host: HTMLElement, item: PageItem, alignments: readonly ItemAlignment[], look: ChipLook): void {
    const root = host.shadowRoot;
    if (!root) return;
    setAttr(host, 'data-theme', look.dark ? 'dark' : 'light');
    // Joined: one flat string kept per host, not a chain of nine parts (formatItemId says why).
    const signature = [item.id, item.kind, look.full, look.catalogueVersion, alignmentKey(alignments)].join('|');
    const built = signatures.get(host);
    if (built === signature) return;
    if (built === UNSTYLED) {
      adoptStyles(root);
      host.hidden = false;
    }
    signatures.set(host, signature);
    renderChips(root, {
      itemKey: item.ref.key,
      kind: item.kind,
      full: look.full,
      alignments,
      objectives: look.objectives,
    });
  }

  /** The host this item has in place, else one of ours at its anchor to reuse; copies the page made there go. */
  function reusableHost(item: PageItem): HTMLElement | null {
    const current = item.host;
    if (current && isInPlace(current, item.anchor, item.placement)) return current;
    let host: HTMLElement | null = null;
    for (const candidate of hostsAt(item.anchor, item.placement)) {
      if (!isOurs(candidate)) {
        candidate.remove();
        continue;
      }
      const owner = items.ofHost(candidate);
      if (!host && (owner === undefined || owner === item || !owner.source.isConnected))
        host = candidate as HTMLElement;
    }
    return host;
  }

  return {
    isOurs,
    place(item: PageItem, alignments: readonly ItemAlignment[], look: ChipLook): HTMLElement {
      const state = alignments.length > 0 ? 'aligned' : 'unaligned';
      const shown = alignments.length > 0 || item.kind === 'detail';
      const previous = item.host;
      const inPlace = reusableHost(item);
      // The item's own host from where its card was (a card's insides re-rendered), else one whose item left.
      let host = inPlace ?? (previous && isOurs(previous) ? previous : spareHost(item, shown));
      if (host) {
        setAttr(host, ITEM_ATTR, item.id);
        setAttr(host, STATE_ATTR, state);
      } else {
        host = createHost(doc, item.id, state);
        signatures.set(host, UNSTYLED);
        // Hidden until first shown: unstyled, an unaligned card's empty host would take room (a flex gap at least).
        if (!shown) host.hidden = true;
      }
      setAttr(host, 'data-kind', item.kind);
      if (shown || isRevealed(host)) render(host, item, alignments, look);
      // A host goes into the page with its chips already built: one insertion, nothing restyled after it.
      if (!inPlace) placeHost(host, item.anchor, item.placement);
      if (previous && previous !== host) previous.remove();
      items.setHost(item, host);
      return host;
    },
    /** Builds the chips of a host left for later (an unaligned card now hovered or focused). */
    reveal(item: PageItem, alignments: readonly ItemAlignment[], look: ChipLook): void {
      if (item.host && !isRevealed(item.host)) render(item.host, item, alignments, look);
    },
    unplace(item: PageItem): void {
      const host = item.host;
      if (!host) return;
      // A host in a card that left the page goes with the card, or into the next card placed: taking it out first
      // was 0.1-0.2 ms of a 50-card change (CPU profile of 30), each removal a record for every watcher of the page.
      if (host.isConnected) host.remove();
      items.setHost(item, null);
      if (isOurs(host)) {
        spare.set(item.id, host);
        spareOrder.push([item.id, host]);
      }
    },
    /** Lets go of the spare hosts: kept only while the work that dropped their items places others. */
    release(): void {
      spare.clear();
      spareOrder.length = 0;
      nextSpare = 0;
    },
    /** Removes the copies of our hosts in a subtree the page added (`leaf`: one with no element inside). */
    removeCopies(root: Element, leaf = false): void {
      // Asked of every subtree the page adds, so looked for with a query that keeps nothing unless a host is found.
      // A live collection from `getElementsByTagName` stays registered on its root for the element's life: for
      // 20,000 cards that was 3.5× the time (47-53 ms against 13.5) and each later full collection 15 ms longer.
      if (!leaf && root.querySelector(HOST_TAG))
        for (const copy of root.querySelectorAll(HOST_TAG)) if (!isOurs(copy)) copy.remove();
      if (isHostTag(root) && !isOurs(root)) root.remove();
    },
  };
}

export type Placer = ReturnType<typeof createPlacer>;

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function alignmentKey(alignments: readonly ItemAlignment[]): string {
  return alignments.map((a) => [a.objectiveId, a.targetId ?? '', a.via].join(':')).join(',');
}
