import { defineAdapter } from './adapter';
import { readGridRow } from './azure-devops-grid-row';
import {
  backlogRow,
  editLink,
  form,
  formDialog,
  formPage,
  gridRow,
  hubHeader,
  hubTabBar,
} from './azure-devops-selectors';
import { azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';

const QUERIES_PATH = /\/_queries(?:\/|$)/i;
// Grids that are not query results: the backlog has its own adapter, and a form's links are not the list.
const OTHER_GRIDS = [backlogRow, form, formPage, formDialog].join(', ');

/**
 * Result rows of a query (`/_queries/query/…`). Any grid row with a work
 * item link qualifies, so the adapter keeps to the queries hub.
 */
export const azureDevOpsQueryResults = defineAdapter({
  name: 'azure-devops-query-results',
  tracker: 'azure-devops',
  applies(url, doc) {
    return QUERIES_PATH.test(url.pathname) && isAzureDevOpsPage(url, doc);
  },
  page: azureDevOpsSite,
  container: gridRow,
  marker: editLink,
  read: (row, ado, url) => (row.closest(OTHER_GRIDS) ? null : readGridRow(row, ado, url)),
  summaryAnchors: [hubTabBar, hubHeader],
});
