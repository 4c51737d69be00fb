import { defineAdapter } from './adapter';
import { isOutermostCard, readCard } from './azure-devops-card';
import { editLink, hubHeader, hubTabBar, kanbanCard } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';

/** Cards of a Kanban board (`/_boards/board/…`), also under a work item dialog. */
export const azureDevOpsKanban = defineAdapter({
  name: 'azure-devops-kanban',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  page: azureDevOpsSite,
  container: kanbanCard,
  marker: editLink,
  // Not every card layout links its title: the card is found by itself.
  standalone: true,
  read: (card, ado, url) => (isOutermostCard(card, kanbanCard) ? readCard(card, ado, url, 'card') : null),
  summaryAnchors: [hubTabBar, hubHeader],
});
