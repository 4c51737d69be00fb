import type { BrowserContext, Request, Route } from 'playwright-core';
import {
  ASANA_TASKS,
  type AsanaTaskData,
  JIRA_CLOUD_ISSUES,
  JIRA_SERVER_EPIC_FIELD,
  JIRA_SERVER_ISSUES,
  type JiraIssueData,
  WORK_ITEMS,
} from '../../fixtures/tracker-api-data';
import { SELF_HOSTED_JIRA_ORIGIN } from './fixture-hosts';

/** How a site's API answers: as documented, or one of the ways a real one fails. */
export type ApiBehaviour =
  | 'answer'
  | 'unauthorized'
  | 'rate-limited'
  | 'login-page'
  | 'hang'
  | 'malformed'
  | 'server-error';

export interface ApiRequest {
  method: string;
  url: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const LOGIN_PAGE =
  '<!doctype html><html><head><title>Log in</title></head><body><form action="/login"></form></body></html>';

/**
 * The trackers' REST APIs for the e2e tests and the demo, answering as the
 * vendors document them from test/fixtures/tracker-api-data.ts: Jira Cloud
 * v3 (issue bulk fetch, JQL search, issue), Jira Data Center v2 (field list,
 * search, issue) under any context path, Azure DevOps work items batch and
 * list on both host forms, and Asana's batch and task endpoints. Each site
 * can be made to fail the way real ones do; every request is counted.
 */
export class TrackerApi {
  readonly requests: ApiRequest[] = [];
  private readonly behaviours = new Map<string, ApiBehaviour>();

  /** Makes the API of one host (e.g. `acme.atlassian.net`) answer in a given way from now on. */
  behave(host: string, behaviour: ApiBehaviour): void {
    this.behaviours.set(host, behaviour);
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route(isApiUrl, (route) => this.serve(route));
  }

  private async serve(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    this.requests.push({ method: request.method(), url: url.href });
    const behaviour = this.behaviours.get(url.host) ?? 'answer';
    if (behaviour === 'hang') return;
    if (behaviour !== 'answer') return route.fulfill(failure(behaviour));
    const answer = answerFor(url, request);
    return route.fulfill(
      answer ? { status: answer.status ?? 200, contentType: JSON_TYPE, body: JSON.stringify(answer.body) } : notFound(),
    );
  }
}

/** The endpoints that give facts; the pages' other API calls (avatars…) are left to the offline routes. */
const FACTS_ENDPOINT =
  /\/rest\/api\/(?:3\/issue\/bulkfetch|3\/search\/jql|[23]\/issue\/[^/]+|2\/search|2\/field)$|\/_apis\/wit\/(?:workitemsbatch|workitems)$|^\/api\/1\.0\/(?:batch|tasks\/\d+)$/i;

function isApiUrl(url: URL): boolean {
  return FACTS_ENDPOINT.test(url.pathname);
}

function failure(behaviour: Exclude<ApiBehaviour, 'answer' | 'hang'>) {
  switch (behaviour) {
    case 'unauthorized':
      return {
        status: 401,
        contentType: JSON_TYPE,
        body: JSON.stringify({ errorMessages: ['You are not authenticated.'] }),
      };
    case 'rate-limited':
      return { status: 429, contentType: JSON_TYPE, headers: { 'Retry-After': '30' }, body: '{}' };
    case 'login-page':
      return { status: 200, contentType: 'text/html; charset=utf-8', body: LOGIN_PAGE };
    case 'malformed':
      return { status: 200, contentType: JSON_TYPE, body: '{"issues": [{"key": "PAY-1", "fields": ' };
    case 'server-error':
      return { status: 503, contentType: 'text/html; charset=utf-8', body: '<h1>Service Unavailable</h1>' };
  }
}

function notFound() {
  return { status: 404, contentType: JSON_TYPE, body: JSON.stringify({ errorMessages: ['Not found'] }) };
}

type Answer = { status?: number; body: unknown } | null;

function answerFor(url: URL, request: Request): Answer {
  if (url.host.endsWith('.atlassian.net')) return jiraCloud(url, request);
  if (url.origin === SELF_HOSTED_JIRA_ORIGIN) return jiraServer(url);
  if (url.host === 'app.asana.com') return asana(url, request);
  if (url.host === 'dev.azure.com' || url.host.endsWith('.visualstudio.com')) return azureDevOps(url, request);
  return null;
}

function body(request: Request): Record<string, unknown> {
  try {
    return (request.postDataJSON() as Record<string, unknown>) ?? {};
  } catch {
    return {};
  }
}

/** Keys named in `key in ("A","B")`, as written by Throughline or a person. */
function jqlKeys(jql: string): string[] {
  const inside = /key\s+in\s*\(([^)]*)\)/i.exec(jql)?.[1] ?? '';
  return inside
    .split(',')
    .map((key) => key.trim().replace(/^"|"$/g, '').toUpperCase())
    .filter(Boolean);
}

function jiraIssue(key: string, issue: JiraIssueData, index: number, epicField?: string) {
  return {
    id: String(10_000 + index),
    key,
    fields: {
      project: { key: key.slice(0, key.lastIndexOf('-')) },
      issuetype: { name: issue.type },
      status: { name: issue.status },
      labels: issue.labels ?? [],
      components: (issue.components ?? []).map((name) => ({ name })),
      ...(issue.parent !== undefined && {
        parent: { key: issue.parent, fields: { summary: `Parent ${issue.parent}` } },
      }),
      ...(epicField !== undefined && { [epicField]: issue.epic ?? null }),
    },
  };
}

function issuesFor(keys: string[], known: Record<string, JiraIssueData>, epicField?: string) {
  return keys.flatMap((key) => {
    const issue = known[key];
    return issue ? [jiraIssue(key, issue, Object.keys(known).indexOf(key), epicField)] : [];
  });
}

/** Jira Cloud: an unknown key in JQL fails the whole search, as Jira does. */
function jiraCloud(url: URL, request: Request): Answer {
  const path = url.pathname;
  if (path === '/rest/api/3/issue/bulkfetch' && request.method() === 'POST') {
    const keys = ((body(request).issueIdsOrKeys as string[]) ?? []).map((key) => key.toUpperCase());
    return { body: { issues: issuesFor(keys, JIRA_CLOUD_ISSUES), issueErrors: [] } };
  }
  if (path === '/rest/api/3/search/jql' && request.method() === 'POST') {
    const keys = jqlKeys(String(body(request).jql ?? ''));
    const unknown = keys.filter((key) => !JIRA_CLOUD_ISSUES[key]);
    if (unknown.length > 0)
      return {
        status: 400,
        body: {
          errorMessages: unknown.map((key) => `An issue with key '${key}' does not exist for field 'key'.`),
          errors: {},
        },
      };
    return { body: { issues: issuesFor(keys, JIRA_CLOUD_ISSUES), isLast: true } };
  }
  const single = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path);
  if (single && request.method() === 'GET') {
    const key = decodeURIComponent(single[1]!).toUpperCase();
    const [issue] = issuesFor([key], JIRA_CLOUD_ISSUES);
    return issue
      ? { body: issue }
      : { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] } };
  }
  return null;
}

/** Jira Data Center under any context path; validateQuery=warn turns unknown keys into warnings. */
function jiraServer(url: URL): Answer {
  const path = url.pathname.replace(/^.*?(?=\/rest\/api\/2\/)/, '');
  if (path === '/rest/api/2/field')
    return {
      body: [
        { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
        {
          id: JIRA_SERVER_EPIC_FIELD,
          name: 'Epic Link',
          custom: true,
          schema: { type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-epic-link', customId: 10908 },
        },
      ],
    };
  if (path === '/rest/api/2/search') {
    const keys = jqlKeys(url.searchParams.get('jql') ?? '');
    const unknown = keys.filter((key) => !JIRA_SERVER_ISSUES[key]);
    if (unknown.length > 0 && url.searchParams.get('validateQuery') !== 'warn')
      return {
        status: 400,
        body: { errorMessages: unknown.map((key) => `The issue key '${key}' for field 'key' is invalid.`) },
      };
    const issues = issuesFor(keys, JIRA_SERVER_ISSUES, JIRA_SERVER_EPIC_FIELD);
    return {
      body: {
        startAt: 0,
        maxResults: Number(url.searchParams.get('maxResults') ?? 50),
        total: issues.length,
        issues,
        warningMessages: unknown.map((key) => `The issue key '${key}' for field 'key' is invalid.`),
      },
    };
  }
  return null;
}

function workItem(id: number) {
  const data = WORK_ITEMS[id];
  if (!data) return null;
  return {
    id,
    rev: 1,
    fields: {
      'System.TeamProject': 'Platform',
      'System.WorkItemType': data.type,
      'System.State': data.state,
      'System.AreaPath': data.areaPath,
      ...(data.iterationPath !== undefined && { 'System.IterationPath': data.iterationPath }),
      ...(data.tags !== undefined && { 'System.Tags': data.tags.join('; ') }),
      ...(data.parent !== undefined && { 'System.Parent': data.parent }),
    },
    url: `https://dev.azure.com/contoso/_apis/wit/workItems/${id}`,
  };
}

/** Azure DevOps Services: the contoso organization on dev.azure.com and contoso.visualstudio.com. */
function azureDevOps(url: URL, request: Request): Answer {
  const organization = url.host === 'dev.azure.com' ? url.pathname.split('/')[1] : url.host.split('.')[0];
  if (organization?.toLowerCase() !== 'contoso') return null;
  if (/\/_apis\/wit\/workitemsbatch$/i.test(url.pathname) && request.method() === 'POST') {
    const ids = (body(request).ids as number[]) ?? [];
    const omit = body(request).errorPolicy === 'omit';
    const value = ids.map((id) => workItem(id));
    if (!omit && value.includes(null)) return { status: 404, body: { message: 'TF401232: Work item does not exist.' } };
    return { body: { count: value.length, value } };
  }
  return null;
}

function asanaTask(gid: string, task: AsanaTaskData) {
  return {
    gid,
    resource_type: 'task',
    resource_subtype: 'default_task',
    parent: task.parent ? { gid: task.parent, resource_type: 'task' } : null,
    projects: task.projects.map((project) => ({ gid: project, resource_type: 'project' })),
    memberships: task.section
      ? task.projects.map((project) => ({
          project: { gid: project },
          section: { gid: `${project}9`, name: task.section },
        }))
      : [],
    tags: (task.tags ?? []).map((name, index) => ({ gid: `77${index}`, name })),
  };
}

/** Asana: the batch API (ten actions a request) and single tasks. */
function asana(url: URL, request: Request): Answer {
  if (url.pathname === '/api/1.0/batch' && request.method() === 'POST') {
    const actions = ((body(request).data as { actions?: { relative_path?: string }[] })?.actions ?? []).slice(0, 10);
    return {
      body: {
        data: actions.map((action) => {
          const gid = /^\/tasks\/(\d+)$/.exec(action.relative_path ?? '')?.[1] ?? '';
          const task = ASANA_TASKS[gid];
          return task
            ? { status_code: 200, headers: {}, body: { data: asanaTask(gid, task) } }
            : { status_code: 404, headers: {}, body: { errors: [{ message: 'task: Not a recognized ID' }] } };
        }),
      },
    };
  }
  const single = /^\/api\/1\.0\/tasks\/(\d+)$/.exec(url.pathname);
  if (single) {
    const task = ASANA_TASKS[single[1]!];
    return task
      ? { body: { data: asanaTask(single[1]!, task) } }
      : { status: 404, body: { errors: [{ message: 'task: Not a recognized ID' }] } };
  }
  return null;
}
