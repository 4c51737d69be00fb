import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  cloudIssueKeyActions,
  cloudIssueKeyCell,
  cloudIssueRow,
  cloudIssueSummaryCell,
  cloudSearchBar,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

/** Rows of Jira Cloud's issue table: search results (`/issues/?jql=`) and an issue's child work items. */
export const jiraCloudIssueTable = defineAdapter({
  name: 'jira-cloud-issue-table',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: cloudIssueRow,
  marker: browseLink,
  read: readRow,
  summaryAnchors: [cloudSearchBar],
});

function readRow(row: Element, jira: JiraSite, url: URL): FoundItem | null {
  const keyLink = row.querySelector(cloudIssueKeyCell);
  const key =
    keyFromHref(keyLink?.getAttribute('href'), url) ??
    jiraKey(textOf(keyLink)) ??
    keyFromHref(row.querySelector(browseLink)?.getAttribute('href'), url);
  // A table row cannot hold our element itself: the badge needs a cell.
  const actions = row.querySelector(cloudIssueKeyActions);
  const anchor = actions ?? keyLink?.closest('td') ?? row.querySelector('td');
  if (!key || !anchor) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor,
    placement: 'append',
    provisional: !actions,
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(cloudIssueSummaryCell)),
    url: browseUrl(jira.base, key),
  };
}
