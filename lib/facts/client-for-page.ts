import type { Tracker } from '../model/item-id';
import { azureDevOpsSite } from '../trackers/azure-devops-site';
import { cloudSite, serverSite } from '../trackers/jira-site';
import { asanaFactsClient } from './asana-api';
import { azureDevOpsFactsClient } from './azure-devops-api';
import type { FactsClient } from './facts-client';
import { jiraCloudFactsClient, jiraServerFactsClient } from './jira-api';

/**
 * The API client for the page's own site, at its own origin (the session's
 * cookies go only there); `null` where the page names no site.
 */
export function factsClientFor(tracker: Tracker, url: URL, doc: Document): FactsClient | null {
  if (tracker === 'asana') return asanaFactsClient(url.origin);
  if (tracker === 'azure-devops') {
    const base = azureDevOpsSite(url)?.base;
    return base === undefined ? null : azureDevOpsFactsClient(base);
  }
  if (url.hostname.endsWith('.atlassian.net')) return jiraCloudFactsClient(cloudSite(url).base);
  const base = serverSite(doc, url)?.base;
  return base === undefined ? null : jiraServerFactsClient(base);
}
