import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostScope } from '../lib/messages/site-scope';
import { startOverlay } from '../lib/overlay/start';
import { JIRA_ADAPTERS } from '../lib/trackers/registry';

export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_start',
  main(ctx) {
    startOverlay(ctx, JIRA_ADAPTERS, hostScope);
  },
});
