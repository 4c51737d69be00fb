import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  cloudBacklogHeader,
  cloudBacklogKey,
  cloudBacklogRow,
  cloudBacklogSummary,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

/** Rows of a Jira Cloud backlog (sprints and the backlog section). */
export const jiraCloudBacklog = defineAdapter({
  name: 'jira-cloud-backlog',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: cloudBacklogRow,
  marker: browseLink,
  read: readRow,
  summaryAnchors: [cloudBacklogHeader],
});

function readRow(row: Element, jira: JiraSite, url: URL): FoundItem | null {
  const keyLink = row.querySelector(cloudBacklogKey);
  const key = keyFromHref(keyLink?.getAttribute('href'), url) ?? keyFromTestId(row);
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: keyLink ?? row,
    placement: keyLink ? 'after' : 'append',
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(cloudBacklogSummary)),
    url: browseUrl(jira.base, key),
  };
}

/** The row's test id ends with its key: `…content-container.PAY-1`. */
function keyFromTestId(row: Element): string | null {
  const testId = row.getAttribute('data-testid') ?? row.getAttribute('data-test-id') ?? '';
  return jiraKey(testId.slice(testId.lastIndexOf('.') + 1));
}
