import { asanaFactsClientFor } from '../facts/asana-api';
import { azureDevOpsFactsClientFor } from '../facts/azure-devops-api';
import { createFactsFetcher } from '../facts/facts-fetcher';
import { jiraFactsClientFor } from '../facts/jira-api';
import type { FactsModule } from './facts-module';

/**
 * The facts part's module, registered by entrypoints/overlay-facts.ts. It
 * holds every tracker's client: a tab loads it once, and one script is
 * simpler to ship than three of a few KB each.
 */
export const FACTS_PART: FactsModule = {
  clientFor: { jira: jiraFactsClientFor, asana: asanaFactsClientFor, 'azure-devops': azureDevOpsFactsClientFor },
  createFactsFetcher,
};
