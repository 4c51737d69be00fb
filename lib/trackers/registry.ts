import { formatItemId } from '../model/item-id';
import type { Adapter, FoundItem } from './adapter';
import { jiraCloudBacklog } from './jira-cloud-backlog';
import { jiraCloudBoard } from './jira-cloud-board';
import { jiraCloudIssue } from './jira-cloud-issue';
import { jiraCloudIssueTable } from './jira-cloud-issue-table';
import { jiraCloudLinkedItems } from './jira-cloud-linked-items';
import { jiraCloudTimeline } from './jira-cloud-timeline';
import { jiraServerBacklog } from './jira-server-backlog';
import { jiraServerBoard } from './jira-server-board';
import { jiraServerDetailPane } from './jira-server-detail-pane';
import { jiraServerIssue } from './jira-server-issue';
import { jiraServerNavigator } from './jira-server-navigator';

/** Every Jira adapter, detail views first so that an item open in its own view is annotated there first. */
export const JIRA_ADAPTERS: readonly Adapter[] = [
  jiraCloudIssue,
  jiraServerIssue,
  jiraServerDetailPane,
  jiraCloudBoard,
  jiraCloudBacklog,
  jiraCloudIssueTable,
  jiraCloudLinkedItems,
  jiraCloudTimeline,
  jiraServerBoard,
  jiraServerBacklog,
  jiraServerNavigator,
];

/**
 * What every applicable adapter finds, in adapter order. An adapter that
 * throws is skipped (the overlay fails soft), and an item found twice at the
 * same anchor is kept once.
 */
export function findAll(adapters: readonly Adapter[], root: ParentNode, url: URL, doc: Document): FoundItem[] {
  const items: FoundItem[] = [];
  const seen = new Map<Element, Set<string>>();
  for (const adapter of adapters) {
    let found: FoundItem[];
    try {
      if (!adapter.applies(url, doc)) continue;
      found = adapter.find(root, url);
    } catch {
      continue;
    }
    for (const item of found) {
      const id = formatItemId(item.ref);
      const ids = seen.get(item.anchor) ?? new Set<string>();
      if (ids.has(id)) continue;
      ids.add(id);
      seen.set(item.anchor, ids);
      items.push(item);
    }
  }
  return items;
}
