import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The saved Jira pages (test/fixtures/jira) and the address each was saved from. */
export const JIRA_FIXTURES = {
  'cloud-issue-page': 'https://acme.atlassian.net/browse/PAY-1',
  'cloud-board': 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12',
  'cloud-board-side-panel': 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12?selectedIssue=PAY-3',
  'cloud-issue-modal': 'https://acme.atlassian.net/jira/software/projects/WEB/boards/3?selectedIssue=WEB-2',
  'cloud-backlog': 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12/backlog',
  'cloud-search':
    'https://acme.atlassian.net/issues/?jql=project%20in%20(PAY%2C%20WEB%2C%20OPS)%20ORDER%20BY%20updated%20DESC',
  'cloud-timeline': 'https://acme.atlassian.net/jira/plans/7/scenarios/173/timeline?vid=311',
  'cloud-no-match': 'https://acme.atlassian.net/jira/dashboards/10001',
  'server-issue': 'https://jira.example.org/jira/browse/PAY-7',
  'server-board': 'http://jira.internal:8080/secure/RapidBoard.jspa?rapidView=12',
  'server-backlog': 'https://jira.example.org/jira/secure/RapidBoard.jspa?rapidView=12&view=planning',
  'server-navigator':
    'https://jira.example.org/jira/issues/?jql=project%20in%20(PAY%2C%20WEB)%20ORDER%20BY%20key%20ASC',
  'server-detail-pane': 'https://jira.example.org/jira/secure/RapidBoard.jspa?rapidView=12&selectedIssue=PAY-3',
  // The navigator in its split (detail) view: selecting an issue puts it in the path, the search stays in the query.
  'server-split-view':
    'https://jira.example.org/jira/browse/PAY-2?jql=project%20in%20(PAY%2C%20WEB)%20ORDER%20BY%20key%20ASC',
  'server-no-match': 'https://jira.example.org/jira/secure/Dashboard.jspa',
} as const;

// By path, not `new URL(…, import.meta.url)`: under happy-dom, `URL` resolves against the page.
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/jira');

export type JiraFixture = keyof typeof JIRA_FIXTURES;

export const FIXTURE_NAMES = Object.keys(JIRA_FIXTURES) as JiraFixture[];

export function isJiraFixture(name: string): name is JiraFixture {
  return Object.hasOwn(JIRA_FIXTURES, name);
}

export function fixtureHtml(name: JiraFixture): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
}

const parsed = new Map<JiraFixture, Document>();

/** A fixture parsed on its own, outside the test's document; shared between tests, so read it only. */
export function parseFixture(name: JiraFixture): Document {
  let doc = parsed.get(name);
  if (!doc) {
    doc = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
    parsed.set(name, doc);
  }
  return doc;
}

/** A fixture and its address, for tests that only read: the document is shared. */
export function readFixture(name: JiraFixture): { doc: Document; url: URL } {
  return { doc: parseFixture(name), url: new URL(JIRA_FIXTURES[name]) };
}

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

/**
 * Puts a fixture in happy-dom's document, as the page at `url` (by default
 * the address it was saved from), and returns what an adapter is given.
 */
export function loadFixture(name: JiraFixture, href: string = JIRA_FIXTURES[name]): { doc: Document; url: URL } {
  (window as unknown as HappyDomWindow).happyDOM.setURL(href);
  const fresh = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  const page = document.importNode(fresh.documentElement, true);
  // Remove, then append: happy-dom refuses replaceChild on the document element.
  document.documentElement.remove();
  document.append(page);
  return { doc: document, url: new URL(href) };
}
