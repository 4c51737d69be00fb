import { defineAdapter, type FoundItem } from './adapter';
import { closestOf, textOf } from './dom';
import { jiraFacts } from './jira-facts';
import { browseUrl, jiraKey, keyFromHref, keyFromPageUrl } from './jira-keys';
import {
  browseLink,
  cloudCurrentIssueCrumb,
  cloudCurrentIssueLink,
  cloudIssueHeader,
  cloudIssueModal,
  cloudIssueSidePanel,
  cloudIssueStatus,
  cloudParentIssueLink,
  cloudSummaryHeading,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

// Nearest first: a modal or side panel may sit inside the page's <main>.
const ISSUE_VIEWS = [cloudIssueModal, cloudIssueSidePanel, 'main'];

/**
 * The Jira Cloud issue view: as a full page (`/browse/KEY`), a side panel
 * (`?selectedIssue=KEY`) or a modal. Its own breadcrumb names it; without
 * breadcrumbs (a layout we do not know), the summary heading stands in and
 * the page URL names the issue.
 */
export const jiraCloudIssue = defineAdapter({
  name: 'jira-cloud-issue',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: `${cloudCurrentIssueCrumb}, ${cloudSummaryHeading}`,
  marker: browseLink,
  // A breadcrumb whose link names no issue, or a view with no breadcrumbs: the URL names the issue.
  standalone: true,
  read(container, jira, url) {
    return container.matches(cloudSummaryHeading) ? fromHeading(container, jira, url) : fromCrumb(container, jira, url);
  },
});

function fromCrumb(crumb: Element, jira: JiraSite, url: URL): FoundItem | null {
  const link = crumb.querySelector(cloudCurrentIssueLink);
  return link ? fromLink(besideCrumbs(crumb), link, jira, url) : null;
}

/**
 * After the breadcrumbs (trackers.md): after the header row that holds them
 * and the view's own buttons, on a line of their own, or after the trail
 * itself. Never inside its last item, where chips make the crumbs taller.
 */
function besideCrumbs(crumb: Element): Element {
  const trail = crumb.closest('nav, ol');
  const nav = trail?.closest('nav') ?? trail;
  if (nav?.querySelectorAll(cloudCurrentIssueCrumb).length !== 1) return crumb;
  const header = nav.closest(cloudIssueHeader);
  return header && header.querySelectorAll(cloudCurrentIssueCrumb).length === 1 ? header : nav;
}

/** The heading speaks for the view only when no breadcrumb does. */
function fromHeading(heading: Element, jira: JiraSite, url: URL): FoundItem | null {
  const view = closestOf(heading, ISSUE_VIEWS) ?? heading.parentElement ?? heading;
  const link = view.querySelector(cloudCurrentIssueLink);
  if (link?.closest(cloudCurrentIssueCrumb)) return null;
  if (link) return fromLink(link, link, jira, url);
  const key = keyFromPageUrl(url);
  return key ? detail(heading, key, jira, url) : null;
}

function fromLink(anchor: Element, link: Element, jira: JiraSite, url: URL): FoundItem | null {
  const key = keyFromHref(link.getAttribute('href'), url) ?? jiraKey(textOf(link)) ?? keyFromPageUrl(url);
  return key ? detail(anchor, key, jira, url) : null;
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
