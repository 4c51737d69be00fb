import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FLOATING_UI_PART } from '../lib/overlay/floating-ui-part';
import { registerPart } from '../lib/overlay/overlay-parts';

// Injected by the background into a tracker tab's content-script world when it first needs the floating UI.
export default defineUnlistedScript(() => {
  registerPart('ui', FLOATING_UI_PART);
});
