import { defineAdapter, type FoundItem } from './adapter';
import { metaContent, textOf } from './dom';
import { jiraFacts } from './jira-facts';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  serverIssueHeader,
  serverIssueToolbar,
  serverKeyVal,
  serverLabel,
  serverParentLink,
  serverStalker,
  serverStatusVal,
  serverSummaryVal,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/** The Jira Server / Data Center issue view (`/browse/KEY`, also the navigator's detail view). */
export const jiraServerIssue = defineAdapter({
  name: 'jira-server-issue',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverIssueHeader,
  marker: browseLink,
  standalone: true,
  read: (header, jira, url) => readHeader(header, header.ownerDocument, jira, url),
});

function readHeader(header: Element, doc: Document, jira: JiraSite, url: URL): FoundItem | null {
  // The header's own key first: the page-level meta is stale once the navigator switches issues in place.
  const key = jiraKey(textOf(header.querySelector(serverKeyVal))) ?? jiraKey(metaContent(doc, 'ajs-issue-key'));
  if (!key) return null;
  // trackers.md's `#stalker .aui-toolbar2-primary`, queried from #stalker down: not every DOM matches a scoped query's ancestors.
  const toolbar = (header.closest(serverStalker) ?? header).querySelector(serverIssueToolbar);
  const summary = header.querySelector(serverSummaryVal);
  const parentLink = doc.querySelector(serverParentLink);
  const parent =
    jiraKey(parentLink?.getAttribute('data-issue-key')) ?? keyFromHref(parentLink?.getAttribute('href'), url);
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: toolbar ?? summary ?? header,
    placement: toolbar || !summary ? 'append' : 'after',
    provisional: !toolbar,
    kind: 'detail',
    container: header,
    title: textOf(summary),
    status: textOf(doc.querySelector(serverStatusVal)),
    url: browseUrl(jira.base, key),
    facts: jiraFacts({ labels: doc.querySelectorAll(serverLabel), parent }),
  };
}
