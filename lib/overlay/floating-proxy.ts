import type { SummaryBarProps } from '../../components/overlay/SummaryBar';
import type { FloatingUi, FloatingUiDeps } from './floating-ui';
import type { FloatingUiModule } from './floating-ui-module';

/** Brings the floating UI part: at once when it is already here, else through the background. */
export type LoadFloatingUi = () => FloatingUiModule | Promise<FloatingUiModule>;

/**
 * The floating UI as the engine sees it, loaded the first time something
 * floating must show (the summary's bar, a person hovering a chip or
 * opening the picker). Until it is here, only the latest of a person's
 * requests waits for it (a hover left before it came shows nothing) and
 * the summary waits with its latest content; chips never wait for it.
 */
export function createFloatingProxy(load: LoadFloatingUi, deps: FloatingUiDeps) {
  let module: FloatingUiModule | null = null;
  let ui: FloatingUi | null = null;
  let loading = false;
  let next: { kind: 'card' | 'picker'; run(ui: FloatingUi): void } | null = null;
  let bar: { root: ShadowRoot; props: SummaryBarProps } | null = null;

  function arrive(loaded: FloatingUiModule): void {
    module = loaded;
    ui = loaded.createFloatingUi(deps);
    const waiting = bar;
    const todo = next;
    bar = null;
    next = null;
    if (!deps.active()) return;
    if (waiting) loaded.drawSummaryBar(waiting.root, waiting.props);
    todo?.run(ui);
  }

  function need(): void {
    if (module || loading) return;
    const result = load();
    if (!('then' in result)) {
      arrive(result);
      return;
    }
    loading = true;
    result.then(
      (loaded) => {
        loading = false;
        deps.guarded(() => arrive(loaded));
      },
      (error: unknown) => {
        // Tried again on the next use: what waited is dropped, as a person's hover would be by now.
        loading = false;
        console.debug('Throughline: the floating UI did not load', error);
        bar = null;
        next = null;
      },
    );
  }

  /** Runs a person's request now, or once the UI is here in place of any earlier one still waiting. */
  function whenLoaded(kind: 'card' | 'picker', run: (ui: FloatingUi) => void): void {
    if (ui) run(ui);
    else {
      next = { kind, run };
      need();
    }
  }

  return {
    get host(): HTMLElement | null {
      return ui?.host ?? null;
    },
    showCard: (itemId: string, objectiveId: string, chip: Element) =>
      whenLoaded('card', (loaded) => loaded.showCard(itemId, objectiveId, chip)),
    hideCardSoon(): void {
      if (ui) ui.hideCardSoon();
      else if (next?.kind === 'card') next = null;
    },
    openPicker: (itemId: string, subject: string, opener: HTMLElement) =>
      whenLoaded('picker', (loaded) => loaded.openPicker(itemId, subject, opener)),
    /** Answers whether a picker was open, or waiting to open. */
    closePicker(): boolean {
      if (ui) return ui.closePicker();
      const waited = next?.kind === 'picker';
      if (waited) next = null;
      return waited;
    },
    catalogueChanged: () => ui?.catalogueChanged(),
    render: () => ui?.render(),
    /** Draws the summary's bar (or clears it, `null`), once the UI is here. */
    drawSummary(root: ShadowRoot, props: SummaryBarProps | null): void {
      if (module) module.drawSummaryBar(root, props);
      else {
        bar = props && { root, props };
        if (props) need();
      }
    },
    remove(): void {
      ui?.remove();
      next = null;
      bar = null;
    },
  };
}

export type FloatingProxy = ReturnType<typeof createFloatingProxy>;
