import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import { browseLink, serverDetailHead, serverDetailKey, serverDetailSummary, serverDetailView } from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/** The issue detail pane beside a Jira Server agile board or backlog. */
export const jiraServerDetailPane = defineAdapter({
  name: 'jira-server-detail-pane',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverDetailView,
  marker: browseLink,
  standalone: true,
  read: readPane,
});

function readPane(pane: Element, jira: JiraSite, url: URL): FoundItem | null {
  const keyLink = pane.querySelector(serverDetailKey);
  const key = keyFromHref(keyLink?.getAttribute('href'), url) ?? jiraKey(textOf(keyLink));
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: pane.querySelector(serverDetailHead) ?? pane,
    placement: 'append',
    kind: 'detail',
    container: pane,
    title: textOf(pane.querySelector(serverDetailSummary)),
    url: browseUrl(jira.base, key),
  };
}
