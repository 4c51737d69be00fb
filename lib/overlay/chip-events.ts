import { ACTION_ATTR, OBJECTIVE_ATTR } from './chip-dom';
import type { PageItem, PageItems } from './page-items';

const CHIP_EVENTS = ['click', 'mouseover', 'mouseout', 'focusin', 'focusout'] as const;
const REVEAL_EVENTS = ['mouseover', 'focusin'] as const;

export interface ChipEventsDeps {
  doc: Document;
  items: PageItems;
  /** Whether a person caused the event: the page's own scripts must not drive the overlay. */
  trusted(event: Event): boolean;
  /** Whether the overlay is on. */
  active(): boolean;
  guarded(work: () => void): void;
  /** Builds the chips of an item's host, if they were left for later (an unaligned card's). */
  reveal(item: PageItem): void;
  openPicker(item: PageItem, opener: HTMLElement): void;
  showCard(item: PageItem, objectiveId: string, chip: Element): void;
  hideCardSoon(): void;
}

/**
 * Hover, focus and clicks on every chip of the page, caught once at the
 * document through each event's composed path (a listener per chip would
 * be thousands on a big board), and the reveal of an unaligned card's
 * chips when it is hovered or focused. Answers how to stop listening.
 */
export function listenToChips(deps: ChipEventsDeps): () => void {
  const { doc, items } = deps;

  /** The item whose card, row or host an event's path goes through. */
  function itemOnPath(event: Event): { item: PageItem; host: HTMLElement | null } | null {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      const byHost = items.ofHost(node);
      if (byHost) return { item: byHost, host: node as HTMLElement };
      const byContainer = items.ofContainer(node);
      if (byContainer) return { item: byContainer, host: null };
    }
    return null;
  }

  function onReveal(event: Event): void {
    if (!deps.trusted(event) || !deps.active()) return;
    deps.guarded(() => {
      const found = itemOnPath(event);
      if (found) deps.reveal(found.item);
    });
  }

  function onChipEvent(event: Event): void {
    if (!deps.trusted(event) || !deps.active()) return;
    deps.guarded(() => {
      const path = event.composedPath();
      const target = path.find((node): node is Element => node instanceof Element && node.hasAttribute(ACTION_ATTR));
      const found = target && itemOnPath(event);
      if (!target || !found?.host) return;
      const action = target.getAttribute(ACTION_ATTR);
      if (action === 'pick' && event.type === 'click') deps.openPicker(found.item, target as HTMLElement);
      if (action !== 'objective') return;
      if (event.type === 'mouseout' || event.type === 'focusout') deps.hideCardSoon();
      else deps.showCard(found.item, target.getAttribute(OBJECTIVE_ATTR) ?? '', target);
    });
  }

  for (const type of REVEAL_EVENTS) doc.addEventListener(type, onReveal, true);
  for (const type of CHIP_EVENTS) doc.addEventListener(type, onChipEvent, true);
  return () => {
    for (const type of REVEAL_EVENTS) doc.removeEventListener(type, onReveal, true);
    for (const type of CHIP_EVENTS) doc.removeEventListener(type, onChipEvent, true);
  };
}
