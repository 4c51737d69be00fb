/**
 * Every Jira selector, in one place. Each selector `x` has a companion `x_`
 * naming the saved fixtures (test/fixtures/jira) where it must match; a test
 * checks them, so a selector that rots shows up as one failing line.
 *
 * Facts come from shared/trackers.md. Selectors marked "(unverified)" were
 * never seen on a live page and were written into the fixtures from the same
 * guess: they only choose where a summary goes, never whether an item is found.
 */

/**
 * Atlaskit test ids are matched on their last segments, because prefixes move
 * between releases; the hyphenated `data-test-id` is the legacy spelling.
 */
function testIdEndsWith(suffix: string, tag = ''): string {
  return `${tag}[data-testid$="${suffix}"], ${tag}[data-test-id$="${suffix}"]`;
}

/** Any link to an issue page; the first way to find an item on every view. Many per list. */
export const browseLink = 'a[href*="/browse/"]';
export const browseLink_ = [
  'cloud-issue-page',
  'cloud-board',
  'cloud-board-side-panel',
  'cloud-issue-modal',
  'cloud-backlog',
  'cloud-search',
  'cloud-timeline',
  'cloud-no-match',
  'server-issue',
  'server-board',
  'server-backlog',
  'server-navigator',
  'server-detail-pane',
  'server-split-view',
];

// Jira Cloud: page

/** The Cloud page marker; missing from some captured pages, so the URL is a fallback. Once. */
export const cloudPageMarker = 'meta[name="application-name"][content="JIRA"]';
export const cloudPageMarker_ = [
  'cloud-issue-page',
  'cloud-board',
  'cloud-board-side-panel',
  'cloud-issue-modal',
  'cloud-backlog',
  'cloud-search',
  'cloud-no-match',
];

// Jira Cloud: issue view (full page, side panel, modal)

/** The open issue's own breadcrumb, href `/browse/KEY`. Once per open issue view. */
export const cloudCurrentIssueLink = testIdEndsWith('breadcrumbs.current-issue.item', 'a');
export const cloudCurrentIssueLink_ = ['cloud-issue-page', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** Wraps the current issue's breadcrumb; the badge goes after it. Once per open issue view. */
/** The issue view's header row: its breadcrumbs beside the view's own buttons. */
export const cloudIssueHeader = testIdEndsWith('foundation.issue-header');
export const cloudIssueHeader_ = ['cloud-issue-page', 'cloud-board-side-panel'];

export const cloudCurrentIssueCrumb = testIdEndsWith('breadcrumb-current-issue-container');
export const cloudCurrentIssueCrumb_ = ['cloud-issue-page', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** The parent (epic) breadcrumb, present when the issue has a parent. Once per open issue view. */
export const cloudParentIssueLink = testIdEndsWith('breadcrumbs.parent-issue.item', 'a');
export const cloudParentIssueLink_ = ['cloud-issue-page', 'cloud-board-side-panel'];

/** The issue's summary. Once per open issue view. */
export const cloudSummaryHeading = testIdEndsWith('summary.heading', 'h1');
export const cloudSummaryHeading_ = ['cloud-issue-page', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** The status button of the issue view (from public scripts, not trackers.md). Once per open issue view. */
export const cloudIssueStatus = testIdEndsWith('status-button.status-button');
export const cloudIssueStatus_ = ['cloud-issue-page', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** An issue opened as a modal over another page. Once. */
export const cloudIssueModal = '[role="dialog"], [data-testid*="modal-dialog"]';
export const cloudIssueModal_ = ['cloud-issue-modal'];

/** An issue opened in the side panel over a board or backlog (`?selectedIssue=KEY`). Once. */
export const cloudIssueSidePanel = '[data-testid*="issue-layout.compact-layout"]';
export const cloudIssueSidePanel_ = ['cloud-board-side-panel'];

// Jira Cloud: board

/** A board card, `id="card-KEY"`. One per rendered card (the board is virtualized). */
export const cloudCard = testIdEndsWith('ui.card.card');
export const cloudCard_ = ['cloud-board', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** The card's key; a `<div>` that holds the `/browse/` link. One per card with a footer. */
export const cloudCardKey = testIdEndsWith('common.ui.key.key');
export const cloudCardKey_ = ['cloud-board', 'cloud-board-side-panel'];

/** The card's footer row (key, priority, assignee); absent on some card layouts. */
export const cloudCardFooter = testIdEndsWith('card-content.footer');
export const cloudCardFooter_ = ['cloud-board', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** The card's summary text; its name says nothing of "summary". One per card. */
export const cloudCardSummary = testIdEndsWith('single-line-text.container.box');
export const cloudCardSummary_ = ['cloud-board', 'cloud-board-side-panel', 'cloud-issue-modal'];

/** The bar above the columns (search, filters, group by); the board summary goes after it. Once. */
export const cloudBoardControls = testIdEndsWith('board.header.controls-bar');
export const cloudBoardControls_ = ['cloud-board', 'cloud-board-side-panel'];

/** The board's title; the summary's fallback place when the controls bar is gone. Once. */
export const cloudBoardTitle = testIdEndsWith('board.header.title.container');
export const cloudBoardTitle_ = ['cloud-board', 'cloud-board-side-panel', 'cloud-issue-modal'];

// Jira Cloud: backlog

/** A backlog row; its test id ends with the key, hence `*=`. One per rendered row. */
export const cloudBacklogRow =
  '[data-testid*="card-list.card.content-container."], [data-test-id*="card-list.card.content-container."]';
export const cloudBacklogRow_ = ['cloud-backlog'];

/** The row's visible key link (its screen-reader twin ends `screen-reader-key`). One per row. */
export const cloudBacklogKey = testIdEndsWith('card-contents.key', 'a');
export const cloudBacklogKey_ = ['cloud-backlog'];

/** The row's summary (from public scripts, not trackers.md). One per row. */
export const cloudBacklogSummary = testIdEndsWith('summary-field-static.content');
export const cloudBacklogSummary_ = ['cloud-backlog'];

/** The backlog's page header; the summary goes after it. Once. */
export const cloudBacklogHeader = testIdEndsWith('backlog.page-header');
export const cloudBacklogHeader_ = ['cloud-backlog'];

// Jira Cloud: issue tables (search, child work items)

/** A row of the issue table: search results and an issue's child work items. One per rendered row. */
export const cloudIssueRow = testIdEndsWith('issue-table.ui.issue-row');
export const cloudIssueRow_ = ['cloud-search', 'cloud-issue-page'];

/** The key cell's link, href `/browse/KEY`. One per row. */
export const cloudIssueKeyCell = testIdEndsWith('issue-cells.issue-key.issue-key-cell', 'a');
export const cloudIssueKeyCell_ = ['cloud-search', 'cloud-issue-page'];

/** The actions beside the key; the badge goes in it. One per row. */
export const cloudIssueKeyActions = testIdEndsWith('issue-key.action-container');
export const cloudIssueKeyActions_ = ['cloud-search', 'cloud-issue-page'];

/** The summary cell. One per row. */
export const cloudIssueSummaryCell = testIdEndsWith('issue-summary.issue-summary-cell');
export const cloudIssueSummaryCell_ = ['cloud-search', 'cloud-issue-page'];

/** (unverified) The search page's filter bar above the results; the summary goes after it. Once. */
export const cloudSearchBar = testIdEndsWith('ui.refinement-bar');
export const cloudSearchBar_ = ['cloud-search'];

// Jira Cloud: linked work items

/** A linked work item on the issue view. One per link. */
export const cloudLinkedCard = testIdEndsWith('issue-line-card.card-container');
export const cloudLinkedCard_ = ['cloud-issue-page', 'cloud-issue-modal'];

/** The linked item's key, an `<a href="/browse/KEY">`. One per link. */
export const cloudLinkedKey = testIdEndsWith('issue-line-card-view.key');
export const cloudLinkedKey_ = ['cloud-issue-page', 'cloud-issue-modal'];

/** The linked item's summary, old and new names. One per link. */
export const cloudLinkedSummary = `${testIdEndsWith('issue-line-card-view.summary')}, ${testIdEndsWith('inline-read.link-item')}`;
export const cloudLinkedSummary_ = ['cloud-issue-page', 'cloud-issue-modal'];

/** The linked item's status (from public scripts, not trackers.md). One per link. */
export const cloudLinkedStatus = testIdEndsWith('issue-line-card.ui.status.status-field-container');
export const cloudLinkedStatus_ = ['cloud-issue-page'];

/** Opens Jira's hover card; a badge inside it would open the card too. One per key link. */
export const hoverCardTrigger = '[data-testid="hover-card-trigger-wrapper"]';
export const hoverCardTrigger_ = ['cloud-issue-page'];

// Jira Cloud: plans timeline

/** The left tree column of a timeline row; carries the numeric id, not the key. One per rendered row. */
export const cloudTimelineRow = testIdEndsWith('issues.issue.row');
export const cloudTimelineRow_ = ['cloud-timeline'];

/** The row's link, `id="issue-link-{numeric id}"`, href `/browse/KEY`. One per saved issue. */
export const cloudTimelineLink = 'a[id^="issue-link-"]';
export const cloudTimelineLink_ = ['cloud-timeline'];

/** The summary: a button right after the link, with no test id of its own. One per row. */
export const cloudTimelineSummary = 'a[id^="issue-link-"] + [aria-haspopup] button';
export const cloudTimelineSummary_ = ['cloud-timeline'];

/** (unverified) The header above the plan's scope column; the summary goes after it. Once. */
export const cloudTimelineHeader = testIdEndsWith('roadmap.scope.header');
export const cloudTimelineHeader_ = ['cloud-timeline'];

// Jira Data Center / Server: page

/** The Server page markers; any one of them is enough. Once each. */
export const serverPageMarker =
  'meta[name="ajs-context-path"], meta[name="ajs-jira-base-url"], meta[name="application-name"][data-version]';
export const serverPageMarker_ = [
  'server-issue',
  'server-board',
  'server-backlog',
  'server-navigator',
  'server-detail-pane',
  'server-no-match',
];

// Jira Server: issue view

/** The issue header (breadcrumbs, key, summary, toolbar). Once. */
export const serverIssueHeader = '.issue-header-content';
export const serverIssueHeader_ = ['server-issue', 'server-split-view'];

/** The key in the header's breadcrumbs. Once. */
export const serverKeyVal = '#key-val';
export const serverKeyVal_ = ['server-issue'];

/** The issue's summary. Once. */
export const serverSummaryVal = '#summary-val';
export const serverSummaryVal_ = ['server-issue'];

/** The sticky issue header that holds the header content and its toolbar. Once. */
export const serverStalker = '#stalker';
export const serverStalker_ = ['server-issue'];

/** The primary toolbar (Edit, Comment, …) inside `#stalker`; the badge goes at its end (Jira 8–10). Once. */
export const serverIssueToolbar = '.aui-toolbar2-primary';
export const serverIssueToolbar_ = ['server-issue'];

/** The status in the details module. Once. */
export const serverStatusVal = '#status-val';
export const serverStatusVal_ = ['server-issue'];

/** The labels in the details module. One per label. */
export const serverLabel = '.labels-wrap .labels a.lozenge';
export const serverLabel_ = ['server-issue'];

/** A sub-task's parent, in the breadcrumbs, `data-issue-key`. Once on sub-tasks. */
export const serverParentLink = '#parent_issue_summary';
export const serverParentLink_ = ['server-issue'];

// Jira Server: agile board, detail pane, backlog

/** A board card. One per card (not virtualized on Server). */
export const serverBoardCard = '#ghx-pool .ghx-issue[data-issue-key], #ghx-pool .js-issue[data-issue-key]';
export const serverBoardCard_ = ['server-board', 'server-detail-pane'];

/** The card's content block; the badge is appended to it. One per card or backlog row. */
export const serverCardContent = '.ghx-issue-content';
export const serverCardContent_ = ['server-board', 'server-backlog', 'server-detail-pane'];

/** The card's or backlog row's summary. One per card or row. */
export const serverCardSummary = '.ghx-summary';
export const serverCardSummary_ = ['server-board', 'server-backlog', 'server-detail-pane'];

/** (unverified) The epic lozenge, carrying the epic's key. One per card with an epic. */
export const serverEpicLabel = '[data-epickey]';
export const serverEpicLabel_ = ['server-board', 'server-backlog'];

/** The board's header (name, quick filters); both summaries go after it. Once. */
export const serverBoardHeader = '#ghx-header';
export const serverBoardHeader_ = ['server-board', 'server-backlog', 'server-detail-pane'];

/** The board's issue detail pane. Once, when an issue is selected. */
export const serverDetailView = '#ghx-detail-view';
export const serverDetailView_ = ['server-detail-pane'];

/** The pane's key link. Once. */
export const serverDetailKey = '.ghx-fieldname-issuekey a';
export const serverDetailKey_ = ['server-detail-pane'];

/** The pane's head; the badge is appended to it. Once. */
export const serverDetailHead = '#ghx-detail-head';
export const serverDetailHead_ = ['server-detail-pane'];

/** (unverified) The pane's summary, named like the key's field. Once. */
export const serverDetailSummary = '.ghx-fieldname-summary';
export const serverDetailSummary_ = ['server-detail-pane'];

/** A backlog row. One per row. */
export const serverBacklogRow = '#ghx-backlog-column .js-issue[data-issue-key]';
export const serverBacklogRow_ = ['server-backlog'];

/** The row's right-hand fields (epic, estimate); the badge goes first among them. One per row. */
export const serverBacklogEnd = '.ghx-end';
export const serverBacklogEnd_ = ['server-backlog'];

// Jira Server: issue navigator

/** A result row. One per row of the page of results. */
export const serverNavigatorRow = '#issuetable tr.issuerow[data-issuekey]';
export const serverNavigatorRow_ = ['server-navigator'];

/** The row's summary cell; the badge is appended to it. One per row. */
export const serverSummaryCell = 'td.summary';
export const serverSummaryCell_ = ['server-navigator'];

/** The row's key cell; the badge's fallback place. One per row. */
export const serverKeyCell = 'td.issuekey';
export const serverKeyCell_ = ['server-navigator'];

/** The row's status cell. One per row. */
export const serverStatusCell = 'td.status';
export const serverStatusCell_ = ['server-navigator'];

/** (unverified) The navigator's search form above the results; the summary goes after it. Once. */
export const serverNavigatorSearch = '.navigator-search';
export const serverNavigatorSearch_ = ['server-navigator', 'server-split-view'];

// Jira Server: issue navigator, split (detail) view

/** A result of the split view's list, `data-key`; the selected one is `.focused`. One per result on the page. */
export const serverSplitRow = 'ol.issue-list > li[data-key]';
export const serverSplitRow_ = ['server-split-view'];

/** The result's link, block-wide across the row; the badge goes after it. One per row. */
export const serverSplitLink = 'a.splitview-issue-link';
export const serverSplitLink_ = ['server-split-view'];

/** The result's summary. One per row. */
export const serverSplitSummary = '.issue-link-summary';
export const serverSplitSummary_ = ['server-split-view'];

/** (unverified) The list's ordering bar above the results; the summary's fallback place. Once. */
export const serverSplitOrdering = '.list-ordering';
export const serverSplitOrdering_ = ['server-split-view'];

// Jira Server: issue links on the issue view

/** A linked issue or web link, in the issue view's links module. One per link. */
export const serverLinkRow = '.links-list dd';
export const serverLinkRow_ = ['server-issue', 'server-split-view'];

/** The linked issue's key link, `data-issue-key`; web links have none. One per linked issue. */
export const serverLinkKey = 'a.issue-link[data-issue-key]';
export const serverLinkKey_ = ['server-issue', 'server-split-view'];

/** The summary's own link in a navigator row's summary cell, inside the cell's paragraph; the badge goes after it. */
export const serverSummaryLink = 'a.issue-link';
export const serverSummaryLink_ = ['server-navigator'];

/** The key and summary together, in a span titled "KEY: summary"; the badge goes after it. One per linked issue. */
export const serverLinkTitle = 'span[title]';
export const serverLinkTitle_ = ['server-issue', 'server-split-view'];

/** The linked issue's summary. One per linked issue. */
export const serverLinkSummary = '.link-summary';
export const serverLinkSummary_ = ['server-issue', 'server-split-view'];

/** The linked issue's status, among its snapshot fields. One per linked issue that shows it. */
export const serverLinkStatus = '.link-snapshot .status';
export const serverLinkStatus_ = ['server-issue', 'server-split-view'];
