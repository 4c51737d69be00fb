import type { Adapter, FoundItem } from './adapter';
import { closestOf, queryAll, readEach, textOf } from './dom';
import { jiraFacts } from './jira-facts';
import { browseUrl, jiraKey, keyFromHref, keyFromPageUrl } from './jira-keys';
import {
  cloudCurrentIssueCrumb,
  cloudCurrentIssueLink,
  cloudIssueModal,
  cloudIssueSidePanel,
  cloudIssueStatus,
  cloudParentIssueLink,
  cloudSummaryHeading,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

// Nearest first: a modal or side panel may sit inside the page's <main>.
const ISSUE_VIEWS = [cloudIssueModal, cloudIssueSidePanel, 'main'];

/** The Jira Cloud issue view: as a full page (`/browse/KEY`), a side panel (`?selectedIssue=KEY`) or a modal. */
export const jiraCloudIssue: Adapter = {
  name: 'jira-cloud-issue',
  tracker: 'jira',
  applies: isJiraCloudPage,
  find(root, url) {
    const jira = cloudSite(url);
    const crumbs = queryAll(root, cloudCurrentIssueLink);
    if (crumbs.length === 0) {
      // No breadcrumbs (a layout we do not know): the page URL still names the open issue.
      const heading = queryAll(root, cloudSummaryHeading)[0];
      return heading ? readEach([heading], (anchor) => fromHeading(anchor, jira, url)) : [];
    }
    const anchors = new Set<Element>();
    return readEach(crumbs, (link) => {
      const anchor = link.closest(cloudCurrentIssueCrumb) ?? link;
      if (anchors.has(anchor)) return null;
      anchors.add(anchor);
      const key = keyFromHref(link.getAttribute('href'), url) ?? jiraKey(textOf(link)) ?? keyFromPageUrl(url);
      return key ? detail(anchor, key, jira, url) : null;
    });
  },
};

function fromHeading(heading: Element, jira: JiraSite, url: URL): FoundItem | null {
  const key = keyFromPageUrl(url);
  return key ? detail(heading, key, jira, url) : null;
}

function detail(anchor: Element, key: string, jira: JiraSite, url: URL): FoundItem {
  const view = closestOf(anchor, ISSUE_VIEWS) ?? anchor.parentElement ?? anchor;
  const parent = keyFromHref(view.querySelector(cloudParentIssueLink)?.getAttribute('href'), url);
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor,
    placement: 'after',
    kind: 'detail',
    container: view,
    title: textOf(view.querySelector(cloudSummaryHeading)),
    status: textOf(view.querySelector(cloudIssueStatus)),
    url: browseUrl(jira.base, key),
    facts: jiraFacts({ parent }),
  };
}
