import type { Placement } from '../trackers/adapter';

/** Our element in the host page: an undefined custom element, so no page style targets it by tag. */
export const HOST_TAG = 'throughline-item';
export const SUMMARY_TAG = 'throughline-summary';
export const LAYER_TAG = 'throughline-layer';
const OUR_TAGS = new Set([HOST_TAG.toUpperCase(), SUMMARY_TAG.toUpperCase(), LAYER_TAG.toUpperCase()]);

export function isOurElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && OUR_TAGS.has((node as Element).tagName);
}

/** The host already placed for this anchor and placement, if any. */
export function existingHost(anchor: Element, placement: Placement): HTMLElement | null {
  const candidate =
    placement === 'after'
      ? anchor.nextElementSibling
      : placement === 'before'
        ? anchor.previousElementSibling
        : placement === 'append'
          ? anchor.lastElementChild
          : anchor.firstElementChild;
  if (candidate?.tagName === HOST_TAG.toUpperCase()) return candidate as HTMLElement;
  // React may have appended its own nodes after ours: look through the children once.
  if (placement === 'append' || placement === 'prepend') {
    for (const child of anchor.children) if (child.tagName === HOST_TAG.toUpperCase()) return child as HTMLElement;
  }
  return null;
}

/** A new host with an open shadow root, placed against the item's anchor. */
export function createHost(
  id: string,
  state: string,
  anchor: Element,
  placement: Placement,
  doc: Document,
): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-throughline-item', id);
  host.setAttribute('data-throughline-state', state);
  host.attachShadow({ mode: 'open' });
  place(host, anchor, placement);
  return host;
}

function place(host: Element, anchor: Element, placement: Placement): void {
  if (placement === 'append') anchor.append(host);
  else if (placement === 'prepend') anchor.prepend(host);
  else if (placement === 'after') anchor.after(host);
  else anchor.before(host);
}
