import type { createFloatingUi } from './floating-ui';
import type { drawSummaryBar } from './summary-bar';

/** What the floating UI part brings into the tab (overlay-parts.ts): everything in the page that Preact draws. */
export interface FloatingUiModule {
  createFloatingUi: typeof createFloatingUi;
  drawSummaryBar: typeof drawSummaryBar;
}
