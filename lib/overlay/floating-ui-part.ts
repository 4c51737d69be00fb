import { createDimming } from './dimming';
import { createFloatingUi } from './floating-ui';
import type { FloatingUiModule } from './floating-ui-module';
import { drawSummaryBar } from './summary-bar';

/** The floating UI part's module, registered by entrypoints/overlay-ui.ts (and bundled directly by unit tests). */
export const FLOATING_UI_PART: FloatingUiModule = { createFloatingUi, drawSummaryBar, createDimming };
