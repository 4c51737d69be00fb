import { asanaFactsClientFor } from '../facts/asana-api';
import { azureDevOpsFactsClientFor } from '../facts/azure-devops-api';
import { createFactsFetcher } from '../facts/facts-fetcher';
import { jiraFactsClientFor } from '../facts/jira-api';
import { createRequestJson } from '../facts/request-json';
import { directTransport } from '../facts/tracker-transport';
import { startTrackerWorker } from '../facts/tracker-worker';
import { createWorkerTransport } from '../facts/worker-transport';
import type { FactsModule } from './facts-module';

/**
 * The facts part's module, registered by entrypoints/overlay-facts.ts. It
 * holds every tracker's client: a tab loads it once, and one script is
 * simpler to ship than three of a few KB each.
 */
export const FACTS_PART: FactsModule = {
  clientFor: { jira: jiraFactsClientFor, asana: asanaFactsClientFor, 'azure-devops': azureDevOpsFactsClientFor },
  createFactsFetcher,
  // Checked in Chromium only (e2e): same origin, same cookies. A content script's worker in Firefox is made under the
  // script's own principal (Mozilla bug 964276), and its requests might go without the session: the page's fetch there.
  createTransport: () =>
    import.meta.env.FIREFOX
      ? { transport: directTransport, stop: () => undefined }
      : createWorkerTransport(startTrackerWorker, directTransport),
  createRequestJson,
};
