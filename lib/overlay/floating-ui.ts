import type { Send } from '../messages/reply-sender';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import { createFloatingLayer } from './floating-layer';
import { createHoverCard } from './hover-card';
import { createPicker } from './picker';
import type { Timers } from './timers';
import { createToasts } from './toasts';

export interface FloatingUiDeps {
  doc: Document;
  send: Send;
  timers: Timers;
  objective(id: string): ObjectiveSummary | undefined;
  alignments(itemId: string): readonly ItemAlignment[] | undefined;
  dark(): boolean;
  /** Whether anything may show: the tracker is on and the overlay not stopped. */
  active(): boolean;
  /** Runs a piece of work as the engine runs its own: timed, never throwing into the page, our writes discarded. */
  guarded(work: () => void): void;
}

/**
 * The layer above the page with its hover card, picker and toasts, as one
 * object the engine drives (through floating-proxy.ts, which loads it when
 * a person first needs it).
 */
export function createFloatingUi(deps: FloatingUiDeps) {
  const layer = createFloatingLayer(deps.doc);
  const changed = () => render();
  const toasts = createToasts(changed);
  const hover = createHoverCard({
    objective: deps.objective,
    alignments: deps.alignments,
    timers: deps.timers,
    changed,
  });
  const picker = createPicker({
    send: deps.send,
    alignments: deps.alignments,
    objective: deps.objective,
    toasts,
    changed,
  });
  const handlers = {
    onLink: (objectiveId: string, targetId?: string) => void picker.link(objectiveId, targetId),
    onUnlink: (objectiveId: string) => void picker.unlink(objectiveId),
    onExclude: (objectiveId: string) => void picker.exclude(objectiveId),
    onClosePicker: () => deps.guarded(() => void picker.close()),
    onCardEnter: () => hover.keep(),
    onCardLeave: () => hover.hideSoon(),
    onDismissToast: () => toasts.dismiss(),
  };

  function render(): void {
    deps.guarded(() => {
      if (!deps.active()) return;
      layer.render({
        card: hover.current,
        picker: picker.state,
        toast: toasts.current,
        dark: deps.dark(),
        ...handlers,
      });
    });
  }

  return {
    get host(): HTMLElement | null {
      return layer.host;
    },
    showCard: (itemId: string, objectiveId: string, chip: Element) => hover.show(itemId, objectiveId, chip),
    hideCardSoon: () => hover.hideSoon(),
    openPicker(itemId: string, subject: string, opener: HTMLElement): void {
      hover.clear();
      picker.open(itemId, subject, opener);
    },
    /** Answers whether a picker was open. */
    closePicker: (): boolean => picker.close(),
    /** The objectives changed: the picker reads them again, and what shows is drawn again. */
    catalogueChanged(): void {
      picker.forgetCatalogue();
      render();
    },
    render,
    remove(): void {
      layer.remove();
      picker.close();
      hover.clear();
    },
  };
}

export type FloatingUi = ReturnType<typeof createFloatingUi>;
