import { defineAdapter, type FoundItem } from './adapter';
import { nameText, projectFacts } from './asana-fields';
import {
  listRow,
  listTaskName,
  listTaskNameInput,
  pageHeader,
  pageToolbar,
  sectionName,
  sectionRow,
  taskLink,
} from './asana-selectors';
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
    facts: projectFacts(project, sectionOf(row)),
  };
}

/** How far up a list a row looks for its section's row: one off screen is left to Asana's API. */
const MAX_SECTION_DISTANCE = 500;

/** The section a list row is in: the name of the nearest section row above it. */
function sectionOf(row: Element): string | undefined {
  let above = row.previousElementSibling;
  for (let step = 0; above && step < MAX_SECTION_DISTANCE; step++, above = above.previousElementSibling)
    if (above.matches(sectionRow)) return nameText(above.querySelector(sectionName));
  return undefined;
}

/** The first link in the row that names a task (project links name none). */
function taskLinkOf(row: Element, url: URL): { element: Element; gid: string } | null {
  for (const element of row.querySelectorAll(taskLink)) {
    const gid = taskGidFromHref(element.getAttribute('href'), url);
    if (gid) return { element, gid };
  }
  return null;
}
