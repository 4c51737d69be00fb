import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey } from './jira-keys';
import {
  browseLink,
  serverKeyCell,
  serverNavigatorRow,
  serverNavigatorSearch,
  serverStatusCell,
  serverSummaryCell,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/** Result rows of the Jira Server issue navigator (`/issues/?jql=`, list view). */
export const jiraServerNavigator = defineAdapter({
  name: 'jira-server-navigator',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverNavigatorRow,
  marker: browseLink,
  read: readRow,
  summaryAnchors: [serverNavigatorSearch],
});

function readRow(row: Element, jira: JiraSite): FoundItem | null {
  const key = jiraKey(row.getAttribute('data-issuekey'));
  const summary = row.querySelector(serverSummaryCell);
  // A table row cannot hold our element itself: the badge needs a cell.
  const anchor = summary ?? row.querySelector(serverKeyCell) ?? row.querySelector('td');
  if (!key || !anchor) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor,
    placement: 'append',
    kind: 'row',
    container: row,
    title: textOf(summary),
    status: textOf(row.querySelector(serverStatusCell)),
    url: browseUrl(jira.base, key),
  };
}
