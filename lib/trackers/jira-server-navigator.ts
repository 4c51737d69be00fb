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
  serverSummaryLink,
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
  // After the summary's link, on its line: appended to the cell, the badge would start a line of its own
  // below the cell's paragraph and make the row taller. A table row cannot hold it itself: it needs a cell.
  const link = summary?.querySelector(serverSummaryLink);
  const anchor = link ?? summary ?? row.querySelector(serverKeyCell) ?? row.querySelector('td');
  if (!key || !anchor) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor,
    placement: link ? 'after' : 'append',
    provisional: !link,
    kind: 'row',
    container: row,
    title: textOf(summary),
    status: textOf(row.querySelector(serverStatusCell)),
    url: browseUrl(jira.base, key),
  };
}
