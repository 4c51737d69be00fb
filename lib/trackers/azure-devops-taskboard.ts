import { defineAdapter } from './adapter';
import { isOutermostCard, readCard } from './azure-devops-card';
import { editLink, hubHeader, hubTabBar, taskboardCard } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';

/** Cards of a sprint taskboard (`/_sprints/taskboard/…`); the parent items heading its rows are not cards. */
export const azureDevOpsTaskboard = defineAdapter({
  name: 'azure-devops-taskboard',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  page: azureDevOpsSite,
  container: taskboardCard,
  marker: editLink,
  standalone: true,
  read: (card, ado, url) => (isOutermostCard(card, taskboardCard) ? readCard(card, ado, url, 'card') : null),
  summaryAnchors: [hubTabBar, hubHeader],
});
