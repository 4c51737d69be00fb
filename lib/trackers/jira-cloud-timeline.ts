import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, keyFromHref } from './jira-keys';
import {
  browseLink,
  cloudTimelineHeader,
  cloudTimelineLink,
  cloudTimelineRow,
  cloudTimelineSummary,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

/** Rows of a Jira Cloud plan's timeline (`/jira/plans/N/scenarios/M/timeline`), in its left tree column. */
export const jiraCloudTimeline = defineAdapter({
  name: 'jira-cloud-timeline',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: cloudTimelineRow,
  marker: browseLink,
  read: readRow,
  summaryAnchors: [cloudTimelineHeader],
});

function readRow(row: Element, jira: JiraSite, url: URL): FoundItem | null {
  // Rows carry the numeric issue id; the key is only in the link's href. Unsaved plan issues have none.
  const link = row.querySelector(cloudTimelineLink) ?? row.querySelector(browseLink);
  const key = keyFromHref(link?.getAttribute('href'), url);
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: row,
    placement: 'append',
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(cloudTimelineSummary)),
    url: browseUrl(jira.base, key),
  };
}
