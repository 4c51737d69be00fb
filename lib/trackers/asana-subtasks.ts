import { defineAdapter, type FoundItem } from './adapter';
import { nameText } from './asana-fields';
import { subtaskName, subtaskRightChildren, subtaskRow, taskPane } from './asana-selectors';
import { ASANA_SITE, asanaGid, asanaPage, isAsanaPage, taskGidFromUrl, taskUrl } from './asana-url';

/** Subtasks listed in a task pane; the open task is their parent. */
export const asanaSubtasks = defineAdapter({
  name: 'asana-subtasks',
  tracker: 'asana',
  applies: isAsanaPage,
  page: asanaPage,
  container: subtaskRow,
  marker: subtaskRow,
  // The row and an element of it may both carry `data-task-id`: one row must give one item, read from the outermost.
  read: (row, _page, url) => (row.parentElement?.closest(subtaskRow) ? null : readSubtask(row, url)),
});

function readSubtask(row: Element, url: URL): FoundItem | null {
  const gid = asanaGid(
    row.getAttribute('data-task-id') ?? row.querySelector('[data-task-id]')?.getAttribute('data-task-id'),
  );
  if (!gid) return null;
  const right = row.querySelector(subtaskRightChildren);
  const pane = row.closest(taskPane);
  const parent = asanaGid(pane?.getAttribute('data-task-id')) ?? taskGidFromUrl(url);
  return {
    ref: { tracker: 'asana', site: ASANA_SITE, key: gid },
    anchor: right ?? row,
    placement: right ? 'prepend' : 'append',
    kind: 'row',
    container: row,
    title: nameText(row.querySelector(subtaskName)),
    // Subtasks belong to their parent, not to the project the page shows.
    url: taskUrl(gid, null),
    facts: parent !== null && parent !== gid ? { parent } : undefined,
  };
}
