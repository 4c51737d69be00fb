import type { ItemAlignment } from '../model/annotation';

const CONTAINER_ATTR = 'data-throughline-container';
const DIM_ATTR = 'data-throughline-dim';
const PAGE_STYLE_ID = 'throughline-page-style';

/**
 * "Highlight unaligned": aligned cards and rows are faded so that the
 * unaligned ones stand out. Marking the tracker's own elements restyles
 * them, so nothing is marked until the user turns it on.
 */
export function createDimming(doc: Document) {
  let on = false;
  const marked = new Set<Element>();

  return {
    get on(): boolean {
      return on;
    },
    /** Turns it on or off; `mark` is then called for every item in view. */
    set(value: boolean): void {
      on = value;
      if (on && !doc.getElementById(PAGE_STYLE_ID)) {
        const style = doc.createElement('style');
        style.id = PAGE_STYLE_ID;
        style.textContent = `html[${DIM_ATTR}] [${CONTAINER_ATTR}="aligned"] { opacity: 0.35; transition: opacity 120ms; }`;
        (doc.head ?? doc.documentElement).append(style);
      }
      doc.documentElement.toggleAttribute(DIM_ATTR, on);
      if (!on) this.clear();
    },
    /** Marks a card or row with its item's state, by the objectives it serves, while dimming is on. */
    mark(container: Element, alignments: readonly ItemAlignment[]): void {
      if (!on) return;
      const state = alignments.length > 0 ? 'aligned' : 'unaligned';
      if (container.getAttribute(CONTAINER_ATTR) !== state) container.setAttribute(CONTAINER_ATTR, state);
      marked.add(container);
    },
    /** Forgets a container that left the page. */
    unmark(container: Element): void {
      if (marked.delete(container)) container.removeAttribute(CONTAINER_ATTR);
    },
    clear(): void {
      for (const container of marked) container.removeAttribute(CONTAINER_ATTR);
      marked.clear();
    },
    remove(): void {
      on = false;
      this.clear();
      doc.getElementById(PAGE_STYLE_ID)?.remove();
      doc.documentElement.removeAttribute(DIM_ATTR);
    },
  };
}

export type Dimming = ReturnType<typeof createDimming>;
