import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  serverNavigatorSearch,
  serverSplitLink,
  serverSplitOrdering,
  serverSplitRow,
  serverSplitSummary,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/**
 * Results of the Jira Data Center issue navigator in its split (detail)
 * view: `ol.issue-list > li[data-key]`, each a block-wide link to the issue
 * that the view opens beside the list (read there by jira-server-issue).
 */
export const jiraServerSplitView = defineAdapter({
  name: 'jira-server-split-view',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverSplitRow,
  marker: browseLink,
  standalone: true,
  read: readRow,
  summaryAnchors: [serverNavigatorSearch, serverSplitOrdering],
});

function readRow(row: Element, jira: JiraSite, url: URL): FoundItem | null {
  const link = row.querySelector(serverSplitLink);
  const key =
    jiraKey(row.getAttribute('data-key')) ??
    jiraKey(link?.getAttribute('data-issue-key')) ??
    keyFromHref(link?.getAttribute('href'), url);
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    // Inside the link the badge would open the issue when clicked: it goes beside it.
    anchor: link ?? row,
    placement: link ? 'after' : 'append',
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(serverSplitSummary)) ?? textOf(link),
    url: browseUrl(jira.base, key),
  };
}
