import type { Adapter, FoundItem } from './adapter';
import { containersOf, firstOf, readEach, textOf } from './dom';
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
import { isJiraServerPage, type JiraSite, serverSite } from './jira-site';

/** Cards of a Jira Server agile board (`/secure/RapidBoard.jspa?rapidView=N`). */
export const jiraServerBoard: Adapter = {
  name: 'jira-server-board',
  tracker: 'jira',
  applies: isJiraServerPage,
  find(root, url) {
    const jira = serverSite(root, url);
    return jira ? readEach(containersOf(root, serverBoardCard, browseLink), (card) => readCard(card, jira)) : [];
  },
  summaryAnchor(doc) {
    return firstOf(doc, [serverBoardHeader]);
  },
};

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
