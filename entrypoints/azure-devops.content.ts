import { defineContentScript } from 'wxt/utils/define-content-script';
import { azureDevOpsScope } from '../lib/messages/site-scope';
import { startOverlay } from '../lib/overlay/start';
import { AZURE_DEVOPS_ADAPTERS } from '../lib/trackers/azure-devops-registry';

export default defineContentScript({
  matches: ['https://dev.azure.com/*', 'https://*.visualstudio.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startOverlay(ctx, AZURE_DEVOPS_ADAPTERS, azureDevOpsScope);
  },
});
