import type { createDimming } from './dimming';
import type { createFloatingUi } from './floating-ui';
import type { drawSummaryBar } from './summary-bar';

/**
 * What the floating UI part brings into the tab (overlay-parts.ts): everything in the page that Preact draws,
 * and the dimming its summary bar turns on (no card is dimmed before the bar is there to turn it on).
 */
export interface FloatingUiModule {
  createFloatingUi: typeof createFloatingUi;
  drawSummaryBar: typeof drawSummaryBar;
  createDimming: typeof createDimming;
}
