import { t } from '../i18n/catalogue';
import type { ItemFacts } from '../model/item-facts';
import { azureDevOpsSite } from '../trackers/azure-devops-site';
import { cleanFacts, factsByKey, record, text } from './clean-facts';
import type { FactsClient, FactsClientForPage, Timed } from './facts-client';
import { FactsError, firstAnswering } from './facts-error';
import { requestJson } from './request-json';

const FIELDS = [
  'System.TeamProject',
  'System.WorkItemType',
  'System.State',
  'System.Tags',
  'System.AreaPath',
  'System.IterationPath',
  'System.Parent',
];
/** Newest first: Azure DevOps Services takes 7.1, Server 2020 takes 6.0, Server 2019 takes 5.0. */
const API_VERSIONS = ['7.1', '6.0', '5.0'];
const BATCH = 100;

/** A server answers a version it does not know with 400 VssVersionOutOfRangeException. */
function versionRefused(status: number, body: unknown): boolean {
  if (status !== 400) return false;
  const error = record(body);
  return /VersionOutOfRange|api-version/i.test(`${text(error?.typeKey) ?? ''} ${text(error?.message) ?? ''}`);
}

function workItemFacts(item: unknown): [string, ItemFacts] | null {
  const fields = record(record(item)?.fields);
  const id = text(record(item)?.id);
  if (!id || !fields) return null;
  return [
    id,
    cleanFacts({
      project: text(fields['System.TeamProject']),
      type: text(fields['System.WorkItemType']),
      status: text(fields['System.State']),
      // Tags come as one string: "Checkout; Q3".
      labels: (text(fields['System.Tags']) ?? '')
        .split(';')
        .map((tag) => tag.trim())
        .filter(Boolean),
      areaPath: text(fields['System.AreaPath']),
      iterationPath: text(fields['System.IterationPath']),
      parent: text(fields['System.Parent']),
    }),
  ];
}

function workItemsOf(body: unknown): Map<string, ItemFacts> {
  const items = record(body)?.value;
  if (!Array.isArray(items)) throw new FactsError(t('azureDevOpsApi_unreadable'), false);
  // With errorPolicy "omit" an item that does not exist or cannot be seen comes back as null.
  return factsByKey(items, workItemFacts);
}

/**
 * Azure DevOps Services and Server: the work items batch of the
 * organization or collection, in the newest api-version the server takes,
 * else the plain work items list.
 */
export function azureDevOpsFactsClient(base: string): FactsClient {
  const batch = (version: string) => async (ids: readonly string[], signal: AbortSignal | undefined, timed: Timed) => {
    const { body } = await requestJson(
      {
        url: `${base}/_apis/wit/workitemsbatch?api-version=${version}`,
        method: 'POST',
        body: { ids: ids.map(Number), fields: FIELDS, errorPolicy: 'omit' },
        missingOn: [404, 405],
        isMissing: versionRefused,
      },
      signal,
      timed,
    );
    return timed(() => workItemsOf(body));
  };
  const list = (version: string) => async (ids: readonly string[], signal: AbortSignal | undefined, timed: Timed) => {
    const { body } = await requestJson(
      {
        url: `${base}/_apis/wit/workitems?ids=${ids.join(',')}&fields=${FIELDS.join(',')}&errorPolicy=omit&api-version=${version}`,
        isMissing: versionRefused,
      },
      signal,
      timed,
    );
    return timed(() => workItemsOf(body));
  };
  const fetchItems = firstAnswering([...API_VERSIONS.map(batch), ...API_VERSIONS.map(list)]);
  return { batchSize: BATCH, fetch: fetchItems };
}

/** The organization or collection the page is in. */
export const azureDevOpsFactsClientFor: FactsClientForPage = (url) => {
  const base = azureDevOpsSite(url)?.base;
  return base === undefined ? null : azureDevOpsFactsClient(base);
};
