import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { jiraFacts } from './jira-facts';
import { browseUrl, jiraKey } from './jira-keys';
import {
  browseLink,
  serverBacklogEnd,
  serverBacklogRow,
  serverBoardHeader,
  serverCardContent,
  serverCardSummary,
  serverEpicLabel,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/** Rows of a Jira Server backlog (`RapidBoard.jspa?rapidView=N&view=planning`). */
export const jiraServerBacklog = defineAdapter({
  name: 'jira-server-backlog',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverBacklogRow,
  marker: browseLink,
  read: readRow,
  summaryAnchors: [serverBoardHeader],
});

function readRow(row: Element, jira: JiraSite): FoundItem | null {
  const key = jiraKey(row.getAttribute('data-issue-key'));
  if (!key) return null;
  const end = row.querySelector(serverBacklogEnd);
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    // First inside the right-hand fields, not before them: on their line whether the row lays its parts out
    // side by side (Jira's own styles) or one under the other, where a badge between them would add a line.
    anchor: end ?? row.querySelector(serverCardContent) ?? row,
    placement: end ? 'prepend' : 'append',
    provisional: !end,
    kind: 'row',
    container: row,
    title: textOf(row.querySelector(serverCardSummary)),
    url: browseUrl(jira.base, key),
    facts: jiraFacts({ epic: jiraKey(row.querySelector(serverEpicLabel)?.getAttribute('data-epickey')) }),
  };
}
