import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  serverLinkKey,
  serverLinkRow,
  serverLinkStatus,
  serverLinkSummary,
  serverLinkTitle,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/**
 * Linked issues in a Jira Data Center issue view's "Issue Links" module
 * (`dl.links-list > dd`), on the issue's own page and in the navigator's
 * split view. Web links share the list and are left alone: they name no issue.
 */
export const jiraServerLinkedItems = defineAdapter({
  name: 'jira-server-linked-items',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverLinkRow,
  marker: browseLink,
  read: readLink,
});

function readLink(row: Element, jira: JiraSite, url: URL): FoundItem | null {
  const link = row.querySelector(serverLinkKey);
  const href = link?.getAttribute('href');
  // A link to another Jira names an issue of another site (keyFromHref refuses other origins); one with no
  // address is named by its data attribute.
  const key = href ? keyFromHref(href, url) : jiraKey(link?.getAttribute('data-issue-key'));
  if (!link || !key) return null;
  const title = link.closest(serverLinkTitle);
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: title && row.contains(title) ? title : link,
    placement: 'after',
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(serverLinkSummary)),
    status: textOf(row.querySelector(serverLinkStatus)),
    url: browseUrl(jira.base, key),
  };
}
