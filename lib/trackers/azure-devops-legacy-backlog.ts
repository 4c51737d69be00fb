import { defineAdapter, type FoundItem } from './adapter';
import { idFromHref, workItemId, workItemUrl } from './azure-devops-ids';
import {
  editLink,
  legacyGrid,
  legacyGridCell,
  legacyGridHeaderColumn,
  legacyGridRow,
  legacyHubTitle,
} from './azure-devops-selectors';
import { type AzureDevOpsSite, azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { textOf } from './dom';

const BACKLOG_PATH = /\/_backlogs\/backlog(?:\/|$)/i;
// Header titles of the grid's columns, in English, as the column picker names them.
const ID_COLUMN = 'ID';
const TITLE_COLUMN = 'Title';
const STATE_COLUMN = 'State';

/**
 * Rows of the legacy backlog (`/_backlogs/backlog/…`) of an Azure DevOps
 * Server without the New Boards Hub: a VSS grid whose rows carry no id. The
 * id is the row's work item link where the title is one, else the cell under
 * the header column titled "ID"; a backlog that shows neither gives nothing.
 */
export const azureDevOpsLegacyBacklog = defineAdapter({
  name: 'azure-devops-legacy-backlog',
  tracker: 'azure-devops',
  applies: (url, doc) => BACKLOG_PATH.test(url.pathname) && isAzureDevOpsPage(url, doc),
  page: azureDevOpsSite,
  container: legacyGridRow,
  marker: editLink,
  // Most rows link nothing: they are found by themselves.
  standalone: true,
  read: readRow,
  summaryAnchors: [legacyHubTitle],
});

function readRow(row: Element, ado: AzureDevOpsSite, url: URL): FoundItem | null {
  const cells = [...row.children].filter((child) => child.matches(legacyGridCell));
  const columns = columnTitles(row);
  const cellOf = (title: string) => {
    const index = columns.indexOf(title);
    return index === -1 ? undefined : cells[index];
  };
  const link = row.querySelector(editLink);
  const id = idFromHref(link?.getAttribute('href'), url) ?? workItemId(textOf(cellOf(ID_COLUMN)));
  if (!id) return null;
  const title = cellOf(TITLE_COLUMN);
  const anchor = title ?? cells[0] ?? row;
  return {
    ref: { tracker: 'azure-devops', site: ado.site, key: id },
    anchor,
    placement: 'append',
    provisional: !title,
    kind: 'row',
    container: row,
    title: textOf(title),
    status: textOf(cellOf(STATE_COLUMN)),
    url: workItemUrl(ado, id),
  };
}

/** The titles of the grid's header columns, in order: the grid's rows name no fields themselves. */
function columnTitles(row: Element): string[] {
  const header = row.closest(legacyGrid);
  if (!header) return [];
  return [...header.querySelectorAll(legacyGridHeaderColumn)].map((column) => column.getAttribute('title') ?? '');
}
