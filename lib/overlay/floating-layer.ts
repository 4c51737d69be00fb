import { h, render } from 'preact';
import { type FloatingCard, OverlayLayer } from '../../components/overlay/OverlayLayer';
import { adoptFloatingStyles } from './floating-styles';
import { LAYER_TAG } from './host-elements';
import type { PickerState } from './picker';
import type { ToastState } from './toasts';
import { refuseUntrusted } from './trusted-events';

/** Matches the picker lists at a time: what its list shows without scrolling. */
const PICKER_ROWS = 8;
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface LayerView {
  card: FloatingCard | null;
  picker: PickerState | null;
  toast: ToastState | null;
  dark: boolean;
  onLink(objectiveId: string, targetId?: string): void;
  onUnlink(objectiveId: string): void;
  onExclude(objectiveId: string): void;
  onClosePicker(): void;
  onCardEnter(): void;
  onCardLeave(): void;
  onDismissToast(): void;
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}

/**
 * The layer above the page for the hover card, the picker and toasts, so
 * that cards with clipped overflow cannot hide them. Made up events never
 * reach its handlers, and keys typed in it never reach the tracker's shortcuts.
 */
export function createFloatingLayer(doc: Document) {
  let host: HTMLElement | null = null;
  let unguard: (() => void) | null = null;

  function ensureHost(): HTMLElement {
    if (host?.isConnected) return host;
    remove();
    host = doc.createElement(LAYER_TAG);
    const root = host.attachShadow({ mode: 'open' });
    adoptFloatingStyles(root);
    const undoGuard = refuseUntrusted(root);
    for (const type of KEY_EVENTS) host.addEventListener(type, stopPropagation);
    const guarded = host;
    unguard = () => {
      undoGuard();
      for (const type of KEY_EVENTS) guarded.removeEventListener(type, stopPropagation);
    };
    (doc.body ?? doc.documentElement).append(host);
    return host;
  }

  function remove(): void {
    if (host?.shadowRoot) render(null, host.shadowRoot);
    host?.remove();
    unguard?.();
    host = null;
    unguard = null;
  }

  return {
    get host(): HTMLElement | null {
      return host;
    },
    render(view: LayerView): void {
      if (!view.card && !view.picker && !view.toast && !host) return;
      const layer = ensureHost();
      const theme = view.dark ? 'dark' : 'light';
      if (layer.getAttribute('data-theme') !== theme) layer.setAttribute('data-theme', theme);
      const { picker } = view;
      render(
        h(OverlayLayer, {
          card: view.card,
          picker: picker && {
            subject: picker.subject,
            rect: picker.opener.getBoundingClientRect(),
            objectives: picker.objectives,
            error: picker.error,
            linked: picker.linked,
            shown: PICKER_ROWS,
            onLink: view.onLink,
            onUnlink: view.onUnlink,
            onExclude: view.onExclude,
          },
          toast: view.toast,
          onCardEnter: view.onCardEnter,
          onCardLeave: view.onCardLeave,
          onClosePicker: view.onClosePicker,
          onDismissToast: view.onDismissToast,
        }),
        layer.shadowRoot!,
      );
    },
    remove,
  };
}
