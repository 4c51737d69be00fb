import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostScope } from '../lib/messages/site-scope';
import { startOverlay } from '../lib/overlay/start';
import { ASANA_ADAPTERS } from '../lib/trackers/asana-registry';

export default defineContentScript({
  matches: ['https://app.asana.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startOverlay(ctx, ASANA_ADAPTERS, hostScope);
  },
});
