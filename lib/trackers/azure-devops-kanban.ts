import type { Adapter } from './adapter';
import { outermostCards, readCard } from './azure-devops-card';
import { editLink, hubHeader, hubTabBar, kanbanCard } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { containersOf, firstOf, readEach } from './dom';

/** Cards of a Kanban board (`/_boards/board/…`), also under a work item dialog. */
export const azureDevOpsKanban: Adapter = {
  name: 'azure-devops-kanban',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  find(root, url) {
    const ado = azureDevOpsSite(url);
    if (!ado) return [];
    const cards = outermostCards(containersOf(root, kanbanCard, editLink), kanbanCard);
    return readEach(cards, (card) => readCard(card, ado, url, 'card'));
  },
  summaryAnchor(doc) {
    return firstOf(doc, [hubTabBar, hubHeader]);
  },
};
