import type { Adapter, FoundItem, Placement } from './adapter';
import { nameText, projectFacts } from './asana-fields';
import { taskPane, taskPaneExtraActions, taskPaneName, taskPaneTitleRow, taskPaneToolbar } from './asana-selectors';
import { ASANA_SITE, asanaGid, isAsanaPage, projectGidFromUrl, taskGidFromUrl, taskUrl } from './asana-url';
import { firstOf, queryAll, readEach } from './dom';

/** The open task: the side pane over a list or board, or the full-screen task page. */
export const asanaTaskPane: Adapter = {
  name: 'asana-task-pane',
  tracker: 'asana',
  applies: isAsanaPage,
  find(root, url) {
    return readEach(queryAll(root, taskPane), (pane) => readPane(pane, url));
  },
};

function readPane(pane: Element, url: URL): FoundItem | null {
  const gid = asanaGid(pane.getAttribute('data-task-id')) ?? taskGidFromUrl(url);
  if (!gid) return null;
  const project = projectGidFromUrl(url);
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
