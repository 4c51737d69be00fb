import { defineAdapter, type FoundItem } from './adapter';
import { nameText, projectContext } from './asana-fields';
import { listRow, listTaskName, listTaskNameInput, pageHeader, pageToolbar, taskLink } from './asana-selectors';
import { ASANA_SITE, asanaGid, asanaPage, isAsanaPage, taskGidFromHref, taskUrl } from './asana-url';
import { textOf } from './dom';

// The name textarea's id ends with the gid: `…_{gid}`.
const ID_SEPARATOR = '_';

/** Task rows of a project's list view and of My Tasks. */
export const asanaList = defineAdapter({
  name: 'asana-list',
  tracker: 'asana',
  applies: isAsanaPage,
  page: asanaPage,
  container: listRow,
  marker: listRow,
  read: (row, page, url) => readRow(row, url, page.project),
  summaryAnchors: [pageToolbar, pageHeader],
});

function readRow(row: Element, url: URL, project: string | null): FoundItem | null {
  const input = row.querySelector(listTaskNameInput);
  const inputGid = asanaGid(input?.id.split(ID_SEPARATOR).pop());
  const link = inputGid ? null : taskLinkOf(row, url);
  const gid = inputGid ?? link?.gid;
  if (!gid) return null;
  const name = row.querySelector(listTaskName);
  return {
    ref: { tracker: 'asana', site: ASANA_SITE, key: gid },
    anchor: name ?? row,
    placement: name ? 'after' : 'append',
    kind: 'row',
    container: row,
    title: nameText(input) ?? textOf(link?.element),
    url: taskUrl(gid, project),
    context: projectContext(project),
  };
}

/** The first link in the row that names a task (project links name none). */
function taskLinkOf(row: Element, url: URL): { element: Element; gid: string } | null {
  for (const element of row.querySelectorAll(taskLink)) {
    const gid = taskGidFromHref(element.getAttribute('href'), url);
    if (gid) return { element, gid };
  }
  return null;
}
