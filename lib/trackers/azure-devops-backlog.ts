import { defineAdapter } from './adapter';
import { readGridRow } from './azure-devops-grid-row';
import { backlogRow, editLink, hubHeader, hubTabBar } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';

/** Rows of a backlog (`/_backlogs/backlog/…`, and a sprint's backlog), parents and children alike. */
export const azureDevOpsBacklog = defineAdapter({
  name: 'azure-devops-backlog',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  page: azureDevOpsSite,
  container: backlogRow,
  marker: editLink,
  // (unverified) A title link whose href is not an edit link: the row is found by itself.
  standalone: true,
  read: readGridRow,
  summaryAnchors: [hubTabBar, hubHeader],
});
