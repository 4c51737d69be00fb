import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from './paths';

/** A saved tracker page and the real URL it is served at. */
export interface TrackerPage {
  url: string;
  /** Relative to test/fixtures. */
  fixture: string;
}

/**
 * Every fixture page that a test or the demo opens at its real URL. The
 * query string is not part of the match, so a board with `?selectedIssue=`
 * is still the board. Asana and Azure DevOps entries name the fixtures those
 * views will be saved as; pages whose file is missing are simply not served.
 */
export const TRACKER_PAGES: readonly TrackerPage[] = [
  { url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1', fixture: 'jira/cloud-board.html' },
  {
    url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1/backlog',
    fixture: 'jira/cloud-backlog.html',
  },
  { url: 'https://acme.atlassian.net/browse/PAY-1', fixture: 'jira/cloud-issue-page.html' },
  { url: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20PAY', fixture: 'jira/cloud-search.html' },
  { url: 'https://app.asana.com/0/1200000000000001/list', fixture: 'asana/list.html' },
  { url: 'https://app.asana.com/0/1200000000000001/board', fixture: 'asana/board.html' },
  { url: 'https://app.asana.com/0/1200000000000001/1200000000000042/f', fixture: 'asana/task-pane.html' },
  { url: 'https://dev.azure.com/contoso/Payments/_workitems/edit/1234', fixture: 'azure-devops/work-item-form.html' },
  {
    url: 'https://dev.azure.com/contoso/Payments/_boards/board/t/Payments%20Team/Stories',
    fixture: 'azure-devops/board.html',
  },
  {
    url: 'https://dev.azure.com/contoso/Payments/_backlogs/backlog/Payments%20Team/Stories',
    fixture: 'azure-devops/backlog.html',
  },
];

export function fixturePath(page: TrackerPage): string {
  return resolve(FIXTURES_DIR, page.fixture);
}

/** The pages whose fixture file exists in this checkout. */
export function availableTrackerPages(): TrackerPage[] {
  return TRACKER_PAGES.filter((page) => existsSync(fixturePath(page)));
}

/** The page served at a URL, matched on origin and path. */
export function trackerPageAt(url: URL): TrackerPage | undefined {
  const key = pageKey(url);
  return TRACKER_PAGES.find((page) => pageKey(new URL(page.url)) === key);
}

function pageKey(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
