import type { Placement } from '../trackers/adapter';

/** Our element in the host page: an undefined custom element, so no page style targets it by tag. */
export const HOST_TAG = 'throughline-item';
export const SUMMARY_TAG = 'throughline-summary';
export const LAYER_TAG = 'throughline-layer';
/** `tagName` as an HTML document spells it: asked of every subtree the page adds, and of every host repaired. */
const HOST_TAG_NAME = HOST_TAG.toUpperCase();

/** The page contract (DESIGN.md): what a host says about its item. */
export const ITEM_ATTR = 'data-throughline-item';
export const STATE_ATTR = 'data-throughline-state';
export const HOST_ATTRIBUTES = [ITEM_ATTR, STATE_ATTR] as const;

export function isHostTag(element: Element): boolean {
  return element.tagName === HOST_TAG_NAME;
}

/** A host element with the item and state of the contract, and an open shadow root for its chips. */
export function createHost(doc: Document, id: string, state: string): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(ITEM_ATTR, id);
  host.setAttribute(STATE_ATTR, state);
  host.attachShadow({ mode: 'open' });
  return host;
}

/** Puts a host against its anchor. */
export function placeHost(host: Element, anchor: Element, placement: Placement): void {
  if (placement === 'append') anchor.append(host);
  else if (placement === 'prepend') anchor.prepend(host);
  else if (placement === 'after') anchor.after(host);
  else anchor.before(host);
}

/**
 * Whether a host is where its anchor and placement put it. Siblings the
 * page's framework adds beside ours do not move it: inside the anchor, or
 * beside it under the same parent, is in place.
 */
export function isInPlace(host: Element, anchor: Element, placement: Placement): boolean {
  if (!host.isConnected) return false;
  return placement === 'append' || placement === 'prepend'
    ? host.parentElement === anchor
    : host.parentElement === anchor.parentElement;
}

/** The elements with our host's tag where a host for this anchor would be: ours to reuse, or copies to remove. */
export function hostsAt(anchor: Element, placement: Placement): Element[] {
  if (placement === 'append' || placement === 'prepend') {
    // Asked first with a query that makes no wrapper when no host is there (a new card): walking a card footer's
    // children made one for each, every one an entry in the content script's world's table of them.
    if (!anchor.querySelector(HOST_TAG)) return [];
    // Walked rather than spread: an anchor's children are many wrappers to make, in a content script's world.
    const found: Element[] = [];
    for (let child = anchor.firstElementChild; child; child = child.nextElementSibling)
      if (isHostTag(child)) found.push(child);
    return found;
  }
  const sibling = placement === 'after' ? anchor.nextElementSibling : anchor.previousElementSibling;
  return sibling && isHostTag(sibling) ? [sibling] : [];
}
