import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FACTS_PART } from '../lib/overlay/facts-part';
import { registerPart } from '../lib/overlay/overlay-parts';

// Injected by the background into a tracker tab's content-script world when it first fetches item facts.
export default defineUnlistedScript(() => {
  registerPart('facts', FACTS_PART);
});
