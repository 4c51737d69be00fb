import type { FoundItem } from './adapter';
import { gridFacts } from './azure-devops-grid-facts';
import { idFromHref, workItemUrl } from './azure-devops-ids';
import { editLink, gridCell, titleLink } from './azure-devops-selectors';
import type { AzureDevOpsSite } from './azure-devops-site';
import { textOf } from './dom';

/**
 * A grid row (backlog, query results) naming a work item by its link: the
 * title link where the grid marks one, else the row's first work item link,
 * or the row itself when the grid renders rows as links.
 */
export function readGridRow(row: Element, ado: AzureDevOpsSite, url: URL): FoundItem | null {
  const link = row.querySelector(titleLink) ?? row.querySelector(editLink) ?? (row.matches(editLink) ? row : null);
  const id = idFromHref(link?.getAttribute('href'), url);
  if (!link || !id) return null;
  const inRow = link !== row;
  // A table row cannot hold our element itself: the badge needs a cell.
  const linkCell = inRow ? link.closest(gridCell) : null;
  const anchor = linkCell ?? row.querySelector(gridCell) ?? row;
  return {
    ref: { tracker: 'azure-devops', site: ado.site, key: id },
    anchor,
    placement: 'append',
    provisional: inRow && !linkCell,
    kind: 'row',
    container: row,
    title: inRow ? textOf(link) : undefined,
    url: workItemUrl(ado, id),
    facts: gridFacts(row, url),
  };
}
