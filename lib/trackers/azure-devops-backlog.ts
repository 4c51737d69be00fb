import type { Adapter } from './adapter';
import { readGridRow } from './azure-devops-grid-row';
import { backlogRow, editLink, hubHeader, hubTabBar } from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { containersOf, firstOf, readEach } from './dom';

/** Rows of a backlog (`/_backlogs/backlog/…`, and a sprint's backlog), parents and children alike. */
export const azureDevOpsBacklog: Adapter = {
  name: 'azure-devops-backlog',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  find(root, url) {
    const ado = azureDevOpsSite(url);
    if (!ado) return [];
    return readEach(containersOf(root, backlogRow, editLink), (row) => readGridRow(row, ado, url));
  },
  summaryAnchor(doc) {
    return firstOf(doc, [hubTabBar, hubHeader]);
  },
};
