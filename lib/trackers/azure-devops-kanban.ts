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
  // The card itself too: not every card layout links its title.
  marker: `${editLink}, ${kanbanCard}`,
  read: (card, ado, url) => (isOutermostCard(card, kanbanCard) ? readCard(card, ado, url, 'card') : null),
  summaryAnchors: [hubTabBar, hubHeader],
});
