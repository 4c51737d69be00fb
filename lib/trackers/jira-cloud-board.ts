import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  cloudBoardControls,
  cloudBoardTitle,
  cloudCard,
  cloudCardFooter,
  cloudCardKey,
  cloudCardSummary,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

const CARD_ID_PREFIX = 'card-';

/** Cards of a Jira Cloud board (company- and team-managed). */
export const jiraCloudBoard = defineAdapter({
  name: 'jira-cloud-board',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: cloudCard,
  marker: browseLink,
  // Some card layouts have no footer, and so no link: the card is found by itself.
  standalone: true,
  read: readCard,
  summaryAnchors: [cloudBoardControls, cloudBoardTitle],
});

function readCard(card: Element, jira: JiraSite, url: URL): FoundItem | null {
  const key =
    (card.id.startsWith(CARD_ID_PREFIX) ? jiraKey(card.id.slice(CARD_ID_PREFIX.length)) : null) ??
    jiraKey(textOf(card.querySelector(cloudCardKey))) ??
    keyFromHref(card.querySelector(browseLink)?.getAttribute('href'), url);
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    // Some card layouts have no footer: the card itself still takes the badge.
    anchor: card.querySelector(cloudCardFooter) ?? card,
    placement: 'append',
    kind: 'card',
    container: card,
    title: textOf(card.querySelector(cloudCardSummary)),
    url: browseUrl(jira.base, key),
  };
}
