import type { SummaryBarProps, SummarySplit } from '../../components/overlay/SummaryBar';
import { SUMMARY_TAG } from './host-elements';
import { adoptStyles } from './stylesheet';
import { refuseUntrusted } from './trusted-events';

export interface SummaryView {
  aligned: number;
  total: number;
  split(): readonly SummarySplit[];
  dimmed: boolean;
  dark: boolean;
  /** The element the summary goes after; none: it floats. */
  anchor: Element | null;
  /** Changes whenever the objectives' codes or titles may have. */
  catalogueVersion: number;
  /** Whether any objective exists: before one does, the counts are kept on the element but nothing is shown. */
  strategy: boolean;
  onToggleDim(): void;
}

/** Draws the bar into the summary's shadow root (`null` clears it); the floating UI part does it (floating-proxy.ts). */
export type DrawSummaryBar = (root: ShadowRoot, props: SummaryBarProps | null) => void;

/**
 * The page's one `[data-throughline-summary]` (DESIGN.md): "N of M aligned"
 * over the list items in view, after the view's summary place or floating.
 * Its counts are on the host at once; the bar is drawn again only when what
 * it shows changed.
 */
export function createSummary(doc: Document, draw: DrawSummaryBar) {
  let host: HTMLElement | null = null;
  let unguard: (() => void) | null = null;
  let shown = '';

  function ensureHost(): HTMLElement {
    if (host?.isConnected) return host;
    unguard?.();
    host = doc.createElement(SUMMARY_TAG);
    host.setAttribute('data-throughline-summary', '');
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    unguard = refuseUntrusted(root);
    shown = '';
    return host;
  }

  return {
    get host(): HTMLElement | null {
      return host;
    },
    show(view: SummaryView): void {
      const summary = ensureHost();
      const { anchor } = view;
      if (anchor && summary.previousElementSibling !== anchor) anchor.after(summary);
      const floating = doc.body ?? doc.documentElement;
      if (!anchor && summary.parentElement !== floating) floating.append(summary);
      summary.toggleAttribute('data-floating', !anchor);
      setAttr(summary, 'data-aligned', String(view.aligned));
      setAttr(summary, 'data-total', String(view.total));
      setAttr(summary, 'data-theme', view.dark ? 'dark' : 'light');
      const signature = `${view.aligned}/${view.total}/${view.dimmed}/${view.catalogueVersion}/${view.strategy}`;
      if (signature === shown) return;
      shown = signature;
      if (!view.strategy) {
        draw(summary.shadowRoot!, null);
        return;
      }
      const props = {
        aligned: view.aligned,
        total: view.total,
        split: view.split,
        dimmed: view.dimmed,
        onToggleDim: view.onToggleDim,
      };
      draw(summary.shadowRoot!, props);
    },
    remove(): void {
      if (host?.shadowRoot) draw(host.shadowRoot, null);
      host?.remove();
      unguard?.();
      host = null;
      unguard = null;
      shown = '';
    },
  };
}

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
