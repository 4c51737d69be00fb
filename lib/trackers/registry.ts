import type { Adapter } from './adapter';
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
import { jiraServerLinkedItems } from './jira-server-linked-items';
import { jiraServerNavigator } from './jira-server-navigator';
import { jiraServerSplitView } from './jira-server-split-view';

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
  jiraServerSplitView,
  jiraServerLinkedItems,
];
