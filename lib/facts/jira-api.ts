import { t } from '../i18n/catalogue';
import type { ItemFacts } from '../model/item-facts';
import { cloudSite, serverSite } from '../trackers/jira-site';
import { cleanFacts, factsByKey, record, text, texts } from './clean-facts';
import { type FactsClient, type FactsClientForPage, mapLimited, type Timed, untimed } from './facts-client';
import { EndpointMissing, FactsError, firstAnswering } from './facts-error';
import { requestJson } from './request-json';

const FIELDS = ['project', 'issuetype', 'status', 'labels', 'components', 'parent'];
const BATCH = 100;
const SINGLE_CONCURRENCY = 4;
/** Jira names keys it does not know in its error messages: `An issue with key 'PAY-9' does not exist…`. */
const QUOTED_KEY = /'([A-Za-z][A-Za-z0-9_]+-\d+)'/g;

function issueFacts(issue: unknown, epicField: string | undefined): [string, ItemFacts] | null {
  const bean = record(issue);
  const key = text(bean?.key)?.toUpperCase();
  const fields = record(bean?.fields);
  if (!key || !fields) return null;
  return [
    key,
    cleanFacts({
      project: text(record(fields.project)?.key),
      type: text(record(fields.issuetype)?.name),
      status: text(record(fields.status)?.name),
      labels: texts(fields.labels),
      components: texts(fields.components, 'name'),
      parent: text(record(fields.parent)?.key),
      epic: epicField === undefined ? undefined : (text(fields[epicField]) ?? text(record(fields[epicField])?.key)),
    }),
  ];
}

function issuesOf(body: unknown, epicField?: string): Map<string, ItemFacts> {
  const issues = record(body)?.issues;
  if (!Array.isArray(issues)) throw new FactsError(t('jiraApi_theTrackerSAnswerCould'), false);
  return factsByKey(issues, (issue) => issueFacts(issue, epicField));
}

function jqlFor(keys: readonly string[]): string {
  return `key in (${keys.map((key) => `"${key}"`).join(',')})`;
}

/**
 * A JQL search for keys, once more without the keys Jira said it does not
 * know (it refuses the whole query for one unknown or invisible key).
 */
async function searchKeys(
  keys: readonly string[],
  search: (jql: string) => Promise<{ status: number; body: unknown }>,
) {
  let wanted = [...keys];
  for (let attempt = 0; attempt < 2 && wanted.length > 0; attempt++) {
    const { status, body } = await search(jqlFor(wanted));
    if (status < 400) return body;
    const messages = JSON.stringify(record(body)?.errorMessages ?? []);
    const unknown = new Set([...messages.matchAll(QUOTED_KEY)].map((match) => match[1]!.toUpperCase()));
    if (unknown.size === 0) break;
    wanted = wanted.filter((key) => !unknown.has(key.toUpperCase()));
  }
  if (wanted.length === 0) return { issues: [] };
  throw new FactsError(t('jiraApi_theTrackerRefusedTheSearch'), false);
}

/** Issue by issue, where no search endpoint answers: a 404 here is an issue not found. */
async function oneByOne(
  base: string,
  api: 2 | 3,
  keys: readonly string[],
  epicField: string | undefined,
  signal: AbortSignal | undefined,
  timed: Timed,
) {
  const found = new Map<string, ItemFacts>();
  const fields = [...FIELDS, ...(epicField ? [epicField] : [])].join(',');
  let answered = false;
  let webPage = false;
  await mapLimited(keys, SINGLE_CONCURRENCY, async (key) => {
    try {
      const { body } = await requestJson(
        { url: `${base}/rest/api/${api}/issue/${encodeURIComponent(key)}?fields=${fields}` },
        signal,
        timed,
      );
      answered = true;
      const entry = timed(() => issueFacts(body, epicField));
      if (entry) found.set(entry[0], entry[1]);
    } catch (error) {
      if (!(error instanceof EndpointMissing)) throw error;
      webPage ||= error.webPage;
    }
  });
  if (!answered && webPage) throw new EndpointMissing(true);
  return found;
}

/** Jira Cloud, REST v3: the issue bulk fetch, else a JQL search, else issue by issue. */
export function jiraCloudFactsClient(base: string): FactsClient {
  const fetchIssues = firstAnswering<readonly string[], Map<string, ItemFacts>>([
    async (keys, signal, timed) => {
      const { body } = await requestJson(
        {
          url: `${base}/rest/api/3/issue/bulkfetch`,
          method: 'POST',
          body: { issueIdsOrKeys: keys, fields: FIELDS },
          missingOn: [404, 405],
        },
        signal,
        timed,
      );
      return timed(() => issuesOf(body));
    },
    async (keys, signal, timed) => {
      const body = await searchKeys(keys, (jql) =>
        requestJson(
          {
            url: `${base}/rest/api/3/search/jql`,
            method: 'POST',
            body: { jql, fields: FIELDS, maxResults: keys.length },
            missingOn: [404, 405],
            acceptStatus: [400],
          },
          signal,
          timed,
        ),
      );
      return timed(() => issuesOf(body));
    },
    (keys, signal, timed) => oneByOne(base, 3, keys, undefined, signal, timed),
  ]);
  return { batchSize: BATCH, fetch: fetchIssues };
}

/**
 * Jira Data Center and Server, REST v2 under the site's context path: a JQL
 * search (warning, not failing, on keys it does not know), else issue by
 * issue. The Epic Link is a custom field whose id each site chooses: found
 * once through the field list.
 */
export function jiraServerFactsClient(base: string): FactsClient {
  let epicField: Promise<string | undefined> | undefined;
  const findEpicField = async (signal: AbortSignal | undefined, timed: Timed) => {
    try {
      const { body } = await requestJson({ url: `${base}/rest/api/2/field` }, signal, timed);
      const fields = Array.isArray(body) ? body : [];
      const epic = fields.find(
        (field) =>
          text(record(record(field)?.schema)?.custom) === 'com.pyxis.greenhopper.jira:gh-epic-link' ||
          text(record(field)?.name) === 'Epic Link',
      );
      return text(record(epic)?.id);
    } catch (error) {
      // Without the field list issues still have their other facts; a refusal of the session shows on the search.
      if (error instanceof FactsError || error instanceof EndpointMissing) return undefined;
      throw error;
    }
  };
  type Ask = { keys: readonly string[]; epic: string | undefined };
  const fetchIssues = firstAnswering<Ask, Map<string, ItemFacts>>([
    async ({ keys, epic }, signal, timed) => {
      const fields = [...FIELDS, ...(epic ? [epic] : [])].join(',');
      const body = await searchKeys(keys, (jql) =>
        requestJson(
          {
            url: `${base}/rest/api/2/search?jql=${encodeURIComponent(jql)}&fields=${fields}&maxResults=${keys.length}&validateQuery=warn`,
            acceptStatus: [400],
          },
          signal,
          timed,
        ),
      );
      return timed(() => issuesOf(body, epic));
    },
    ({ keys, epic }, signal, timed) => oneByOne(base, 2, keys, epic, signal, timed),
  ]);
  return {
    batchSize: BATCH,
    async fetch(keys, signal, timed = untimed) {
      epicField ??= findEpicField(signal, timed);
      return fetchIssues({ keys, epic: await epicField }, signal, timed);
    },
  };
}

/** Jira Cloud on `*.atlassian.net`, else a Data Center or Server under the context path its page names. */
export const jiraFactsClientFor: FactsClientForPage = (url, doc) => {
  if (url.hostname.endsWith('.atlassian.net')) return jiraCloudFactsClient(cloudSite(url).base);
  const base = serverSite(doc, url)?.base;
  return base === undefined ? null : jiraServerFactsClient(base);
};
