import type { Adapter, FoundItem } from './adapter';
import { queryAll, readEach, textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import { serverDetailHead, serverDetailKey, serverDetailSummary, serverDetailView } from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverSite } from './jira-site';

/** The issue detail pane beside a Jira Server agile board or backlog. */
export const jiraServerDetailPane: Adapter = {
  name: 'jira-server-detail-pane',
  tracker: 'jira',
  applies: isJiraServerPage,
  find(root, url) {
    const jira = serverSite(root, url);
    return jira ? readEach(queryAll(root, serverDetailView), (pane) => readPane(pane, jira, url)) : [];
  },
};

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
