import type { Adapter } from './adapter';
import { outermostCards, readCard } from './azure-devops-card';
import { editLink, hubHeader, hubTabBar, taskboardCard } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { containersOf, firstOf, readEach } from './dom';

/** Cards of a sprint taskboard (`/_sprints/taskboard/…`); the parent items heading its rows are not cards. */
export const azureDevOpsTaskboard: Adapter = {
  name: 'azure-devops-taskboard',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  find(root, url) {
    const ado = azureDevOpsSite(url);
    if (!ado) return [];
    const cards = outermostCards(containersOf(root, taskboardCard, editLink), taskboardCard);
    return readEach(cards, (card) => readCard(card, ado, url, 'card'));
  },
  summaryAnchor(doc) {
    return firstOf(doc, [hubTabBar, hubHeader]);
  },
};
