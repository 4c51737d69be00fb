import { defineAdapter, type FoundItem } from './adapter';
import { nameText, projectFacts } from './asana-fields';
import { taskPane, taskPaneExtraActions, taskPaneName, taskPaneTitleRow, taskPaneToolbar } from './asana-selectors';
import { ASANA_SITE, asanaGid, asanaPage, isAsanaPage, taskGidFromUrl, taskUrl } from './asana-url';
import { firstOf } from './dom';

/** The open task: the side pane over a list or board, or the full-screen task page. */
export const asanaTaskPane = defineAdapter({
  name: 'asana-task-pane',
  tracker: 'asana',
  applies: isAsanaPage,
  page: asanaPage,
  container: taskPane,
  marker: taskPane,
  read: (pane, page, url) => readPane(pane, url, page.project),
});

function readPane(pane: Element, url: URL, project: string | null): FoundItem | null {
  const gid = asanaGid(pane.getAttribute('data-task-id')) ?? taskGidFromUrl(url);
  if (!gid) return null;
  return {
    ref: { tracker: 'asana', site: ASANA_SITE, key: gid },
    ...paneAnchor(pane),
    kind: 'detail',
    container: pane,
    title: nameText(firstOf(pane, [taskPaneName])),
    url: taskUrl(gid, project),
    facts: projectFacts(project),
  };
}

/**
 * Under the task's name, where full chips have the pane's width; the toolbar
 * (trackers.md) only when the name row is missing, since chips there crowd
 * the pane's close button.
 */
function paneAnchor(pane: Element): Pick<FoundItem, 'anchor' | 'placement' | 'provisional'> {
  const titleRow = pane.querySelector(taskPaneTitleRow);
  if (titleRow) return { anchor: titleRow, placement: 'after' };
  const actions = pane.querySelector(taskPaneExtraActions);
  if (actions) return { anchor: actions, placement: 'after', provisional: true };
  const toolbar = pane.querySelector(taskPaneToolbar);
  return toolbar
    ? { anchor: toolbar, placement: 'append', provisional: true }
    : { anchor: pane, placement: 'prepend', provisional: true };
}
