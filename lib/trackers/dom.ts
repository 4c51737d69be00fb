/**
 * Small DOM readers shared by every adapter. They never throw on odd markup:
 * an adapter that meets a page it does not know must find nothing, quietly.
 */

/** Longest title or status we keep; tracker summaries are capped at 255 anyway. */
export const MAX_TEXT = 300;

/** The first element under `root` matching any of `selectors`, tried in order of trust. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The first element matching one of `selectors`, tried in order of trust,
 * that is `root` itself or under it: the engine looks for a summary's place
 * in a subtree that was just added, which may be that place itself.
 */
export function firstIn(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      if (isElement(root) && root.matches(selector)) return root;
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // A selector the browser does not understand matches nothing.
    }
  }
  return null;
}

/** The nearest ancestor (or self) matching a selector, trying each selector in order of trust. */
export function closestOf(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** White space `textOf` would change: any but a single space between words, or space at either end. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/** Whitespace-collapsed plain text, capped; `undefined` when there is none. */
export function textOf(element: Element | null | undefined, max = MAX_TEXT): string | undefined {
  const raw = element?.textContent;
  if (!raw) return undefined;
  // Most titles need no change: testing first spares each card's text a copy or two.
  const text = UNTIDY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An href made absolute against the page, only when it is http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: URL | string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The document a root belongs to, whether the root is the document itself or a node in it. */
export function documentOf(root: ParentNode): Document | null {
  const node = root as unknown as Node;
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}

/** The `content` of `<meta name=…>`, or `undefined` when absent. */
export function metaContent(doc: Document, name: string): string | undefined {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
}

// By node type rather than `instanceof`, which fails for nodes from another frame's realm.
function isElement(node: ParentNode): node is Element {
  return (node as unknown as Node).nodeType === Node.ELEMENT_NODE;
}
