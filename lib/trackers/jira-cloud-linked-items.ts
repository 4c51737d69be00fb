import { defineAdapter, type FoundItem } from './adapter';
import { textOf } from './dom';
import { browseUrl, jiraKey, keyFromHref } from './jira-keys';
import {
  browseLink,
  cloudLinkedCard,
  cloudLinkedKey,
  cloudLinkedStatus,
  cloudLinkedSummary,
  hoverCardTrigger,
} from './jira-selectors';
import { cloudSite, isJiraCloudPage, type JiraSite } from './jira-site';

/** Linked work items listed on a Jira Cloud issue view. */
export const jiraCloudLinkedItems = defineAdapter({
  name: 'jira-cloud-linked-items',
  tracker: 'jira',
  applies: isJiraCloudPage,
  page: cloudSite,
  container: cloudLinkedCard,
  marker: browseLink,
  read: readCard,
});

function readCard(card: Element, jira: JiraSite, url: URL): FoundItem | null {
  const keyLink = card.querySelector(cloudLinkedKey);
  const key =
    keyFromHref(keyLink?.getAttribute('href'), url) ??
    jiraKey(textOf(keyLink)) ??
    keyFromHref(card.querySelector(browseLink)?.getAttribute('href'), url);
  if (!key) return null;
  return {
    ref: { tracker: 'jira', site: jira.site, key },
    anchor: keyLink ? besideKey(keyLink) : card,
    placement: keyLink ? 'after' : 'append',
    kind: 'row',
    container: card,
    title: textOf(card.querySelector(cloudLinkedSummary)),
    status: textOf(card.querySelector(cloudLinkedStatus)),
    url: browseUrl(jira.base, key),
  };
}

/** Outside the key's hover-card wrapper, so pointing at the badge does not open Jira's hover card. */
function besideKey(keyLink: Element): Element {
  const parent = keyLink.parentElement;
  return parent?.matches(hoverCardTrigger) ? parent : keyLink;
}
