import type { ItemFacts } from '../model/item-facts';
import { azureDevOpsFacts } from './azure-devops-facts';
import { idFromHref } from './azure-devops-ids';
import { editLink, gridCell, gridColumnHeader, tagBox, titleLink } from './azure-devops-selectors';
import { MAX_TEXT, textOf } from './dom';

// Columns are found by their visible (English) names, as a person configures them.
const COLUMNS = {
  areaPath: 'area path',
  iterationPath: 'iteration path',
  type: 'work item type',
  tags: 'tags',
} as const;
/** How far up a backlog tree a row looks for its parent: a parent row off screen is left to the tracker's API. */
const MAX_PARENT_DISTANCE = 500;

/** Column name → index, per header row: read once per grid, not once per row. */
const columnsByHeader = new WeakMap<Element, Map<string, number>>();

function columnsOf(row: Element): Map<string, number> | null {
  const grid = row.closest('table, [role="grid"], [role="treegrid"]');
  const header =
    (grid?.tagName === 'TABLE' ? (grid as HTMLTableElement).tHead : null) ??
    grid?.querySelector('[role="row"]') ??
    null;
  if (!header) return null;
  let columns = columnsByHeader.get(header);
  if (!columns) {
    columns = new Map();
    // Columns a grid names as such; bare <th>s only where it names none (a drag handle's cell is not a column).
    const named = header.querySelectorAll('[role="columnheader"]');
    const cells = named.length > 0 ? named : header.querySelectorAll(gridColumnHeader);
    for (const [index, cell] of [...cells].entries()) {
      const name = textOf(cell)?.toLowerCase();
      if (name && !columns.has(name)) columns.set(name, index);
    }
    columnsByHeader.set(header, columns);
  }
  return columns;
}

/** The row's cell under a column: by its column index where the grid says it, else by position. */
function cellAt(row: Element, index: number): Element | undefined {
  const cells = [...row.querySelectorAll('[role="gridcell"]')];
  const list = cells.length > 0 ? cells : [...row.querySelectorAll(gridCell)];
  return (
    list.find(
      (cell) =>
        cell.getAttribute('data-column-index') === String(index) ||
        cell.getAttribute('aria-colindex') === String(index + 1),
    ) ?? list[index]
  );
}

/** A backlog tree row's parent: the nearest row above it one level up. */
function treeParent(row: Element, url: URL): string | null {
  const level = Number(row.getAttribute('aria-level'));
  if (!(level > 1)) return null;
  let above = row.previousElementSibling;
  for (let step = 0; above && step < MAX_PARENT_DISTANCE; step++, above = above.previousElementSibling) {
    const aboveLevel = Number(above.getAttribute('aria-level'));
    if (aboveLevel > 0 && aboveLevel < level) {
      const link = above.querySelector(titleLink) ?? above.querySelector(editLink);
      return idFromHref(link?.getAttribute('href'), url);
    }
  }
  return null;
}

/** What a grid row of a backlog or of query results shows beyond the item's id. */
export function gridFacts(row: Element, url: URL): ItemFacts | undefined {
  const columns = columnsOf(row);
  const cell = (name: string) => {
    const index = columns?.get(name);
    return index === undefined ? undefined : cellAt(row, index);
  };
  const tagsCell = cell(COLUMNS.tags);
  const boxes = tagsCell ? [...tagsCell.querySelectorAll(tagBox)] : [];
  const tags = boxes.length > 0 ? boxes.map((box) => textOf(box) ?? '') : (textOf(tagsCell)?.split(';') ?? []);
  return azureDevOpsFacts({
    areaPath: textOf(cell(COLUMNS.areaPath), Number.POSITIVE_INFINITY),
    iterationPath: textOf(cell(COLUMNS.iterationPath), Number.POSITIVE_INFINITY),
    type: textOf(cell(COLUMNS.type), MAX_TEXT),
    tags: tags.map((tag) => tag.trim()),
    parent: treeParent(row, url),
  });
}
