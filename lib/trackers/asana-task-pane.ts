import { defineAdapter, type FoundItem, type Placement } from './adapter';
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

function paneAnchor(pane: Element): { anchor: Element; placement: Placement } {
  const actions = pane.querySelector(taskPaneExtraActions);
  if (actions) return { anchor: actions, placement: 'after' };
  const toolbar = pane.querySelector(taskPaneToolbar);
  if (toolbar) return { anchor: toolbar, placement: 'append' };
  const titleRow = pane.querySelector(taskPaneTitleRow);
  return titleRow ? { anchor: titleRow, placement: 'after' } : { anchor: pane, placement: 'prepend' };
}
