import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { jiraFacts } from './jira-facts';
import { browseUrl, jiraKey } from './jira-keys';
import {
  browseLink,
  serverBoardCard,
  serverBoardHeader,
  serverCardContent,
  serverCardSummary,
  serverEpicLabel,
} from './jira-selectors';
import { isJiraServerPage, type JiraSite, serverPage } from './jira-site';

/** Cards of a Jira Server agile board (`/secure/RapidBoard.jspa?rapidView=N`). */
export const jiraServerBoard = defineAdapter({
  name: 'jira-server-board',
  tracker: 'jira',
  applies: isJiraServerPage,
  page: serverPage,
  container: serverBoardCard,
  marker: browseLink,
  read: readCard,
  summaryAnchors: [serverBoardHeader],
});

function readCard(card: Element, jira: JiraSite): FoundItem | null {
  const key = jiraKey(card.getAttribute('data-issue-key'));
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: card.querySelector(serverCardContent) ?? card,
    placement: 'append',
    kind: 'card',
    container: card,
    title: textOf(card.querySelector(serverCardSummary)),
    url: browseUrl(jira.base, key),
    facts: jiraFacts({ epic: jiraKey(card.querySelector(serverEpicLabel)?.getAttribute('data-epickey')) }),
  };
}
