/**
 * Every Azure DevOps selector, in one place. Each selector `x` has a
 * companion `x_` naming the saved fixtures (test/fixtures/azure-devops) where
 * it must match; a test checks them, so a selector that rots shows up as one
 * failing line.
 *
 * Facts come from shared/trackers.md and public scripts that inject into the
 * new Boards hub. Selectors marked "(unverified)" were never seen on a live
 * page and were written into the fixtures from the same guess.
 */

/** Any link to a work item's page; the first way to find an item. Many per list. */
export const editLink = 'a[href*="/_workitems/edit/"]';
export const editLink_ = [
  'work-item-page',
  'work-item-dialog',
  'kanban',
  'taskboard',
  'backlog',
  'query-results',
  'legacy-backlog',
];

// Page markers of Azure DevOps Server, whose host says nothing

/**
 * Any one is enough: `[class*="work-item-form"]` is in trackers.md and the
 * `__bolt-` ids are in public scripts; `.bolt-page` (the new hubs' page
 * frame) is (unverified); so are the legacy hubs' `.hub-title` and
 * `.agile-board`, for a Server without the New Boards Hub. Once each.
 */
export const serverPageMarker = '[class*="work-item-form"], [id^="__bolt-"], .bolt-page, .hub-title, .agile-board';
export const serverPageMarker_ = [
  'work-item-page',
  'work-item-dialog',
  'kanban',
  'taskboard',
  'backlog',
  'query-results',
  'no-match',
  'legacy-board',
  'legacy-backlog',
];

// Work item form (its own page, or a dialog over a board or backlog)

/** The form's header (id, title, state, command bar). Once per open form. */
export const formHeader = '.work-item-form-header';
export const formHeader_ = ['work-item-page', 'work-item-dialog'];

/** The form itself, then its page and dialog frames, nearest first. Once per open form. */
export const form = '.work-item-form';
export const form_ = ['work-item-page', 'work-item-dialog'];
export const formPage = '.work-item-form-page';
export const formPage_ = ['work-item-page'];
export const formDialog = '.work-item-form-dialog';
export const formDialog_ = ['work-item-dialog'];

/** The header's first row: type and id ("USER STORY 101"). Once per form. */
export const formHeaderControls = '.work-item-form-header-controls-container';
export const formHeaderControls_ = ['work-item-page', 'work-item-dialog'];

/** The command bar (Save, Follow, …), nested in itself; the badge goes before the outer one. Twice per form. */
export const formCommandBar = '.work-item-header-command-bar';
export const formCommandBar_ = ['work-item-page', 'work-item-dialog'];

/** The title field; the aria-label's case has changed between releases. Once per form. */
export const formTitle =
  '.work-item-title-textfield input, input[aria-label="Title Field"], input[aria-label="Title field"], .work-item-form-title input';
export const formTitle_ = ['work-item-page', 'work-item-dialog'];

/** The area path field. Once per form. */
export const formAreaPath = 'input[aria-label="Area Path"], #__bolt--Area-input';
export const formAreaPath_ = ['work-item-page', 'work-item-dialog'];

// Cards (Kanban board and sprint taskboard)

/** A Kanban card, `data-itemid`; taskboard cards carry the attribute too and are left to their adapter. One per rendered card. */
export const kanbanCard = '.wit-card.boards-card, div[data-itemid]:not(.taskboard-card)';
export const kanbanCard_ = ['kanban', 'work-item-dialog'];

/** A sprint taskboard card, `data-itemid` (not virtualized). One per card. */
export const taskboardCard = '.wit-card.taskboard-card';
export const taskboardCard_ = ['taskboard'];

/** The card's "…" menu, at the end of its first row; the badge goes before it. One per card. */
export const cardContextMenu = '.card-context-menu';
export const cardContextMenu_ = ['kanban', 'taskboard', 'work-item-dialog'];

/** (unverified) The card's title. One per saved card. */
export const cardTitle = '.clickable-title';
export const cardTitle_ = ['kanban', 'taskboard', 'work-item-dialog'];

/** A field shown on a card: `.label` and `.value .text-ellipsis`. Several per card. */
export const cardField = '.field-container';
export const cardField_ = ['kanban', 'taskboard', 'work-item-dialog'];
export const cardFieldLabel = '.label';
export const cardFieldLabel_ = ['kanban', 'taskboard', 'work-item-dialog'];
export const cardFieldValue = '.value .text-ellipsis';
export const cardFieldValue_ = ['kanban', 'taskboard', 'work-item-dialog'];

// Grids (backlog, query results)

/** A row of the backlog tree (virtualized; the total is in the table's `aria-rowcount`). One per rendered row. */
export const backlogRow = 'table.backlog-tree.bolt-table [role="row"]';
export const backlogRow_ = ['backlog'];

/** (unverified) The backlog row's title link, href ending with the id. One per row. */
export const titleLink = '.work-item-title-link';
export const titleLink_ = ['backlog'];

/** (unverified) A row of any grid; a query result when it holds a work item link. One per rendered row. */
export const gridRow = '[role="row"]';
export const gridRow_ = ['backlog', 'query-results'];

/** A grid cell; the badge goes in the title's cell. Several per row. */
export const gridCell = '[role="gridcell"], td';
export const gridCell_ = ['backlog', 'query-results'];

/** (unverified) A column's header, whose visible name says what the column's cells hold. One per column. */
export const gridColumnHeader = '[role="columnheader"], th';
export const gridColumnHeader_ = ['backlog', 'query-results'];

/** (unverified) One tag, in a card's or a grid row's tags. Any number. */
export const tagBox = '.tag-box';
export const tagBox_ = ['kanban', 'backlog', 'query-results'];

/** (unverified) A taskboard row: one parent item and its tasks. One per parent. */
export const taskboardRow = '.taskboard-row';
export const taskboardRow_ = ['taskboard'];

/** (unverified) The link to the parent item heading a taskboard row ("Unparented" has none). Once per row. */
export const taskboardParentLink = '.taskboard-parent a[href*="/_workitems/edit/"]';
export const taskboardParentLink_ = ['taskboard'];

// Page chrome, for the summary

/** (unverified) The hub's pivot bar (Board / Analytics, Backlog, Results); the summary goes after it. Once. */
export const hubTabBar = '.bolt-tabbar';
export const hubTabBar_ = ['kanban', 'taskboard', 'backlog', 'query-results'];

/** (unverified) The hub's header (team or query name); the summary's fallback place. Once. */
export const hubHeader = '.bolt-header';
export const hubHeader_ = ['kanban', 'taskboard', 'backlog', 'query-results'];

// Azure DevOps Server without the New Boards Hub: the legacy board and backlog

/** (unverified) The legacy Kanban board, and a card on it: `data-item-id` (hyphenated, unlike the new hub's). One per card. */
export const legacyBoardTile = '.board-tile[data-item-id]';
export const legacyBoardTile_ = ['legacy-board'];

/** (unverified) The card's content block; the badge is appended to it. One per card. */
export const legacyTileContent = '.board-tile-content';
export const legacyTileContent_ = ['legacy-board'];

/** (unverified) The card's title, and the card title's wrapper on older versions. One per card. */
export const legacyTileTitle = '.clickable-title, .title';
export const legacyTileTitle_ = ['legacy-board'];

/** (unverified) A row of a legacy (VSS) grid such as the backlog; virtualized. One per rendered row. */
export const legacyGridRow = '.grid-canvas .grid-row';
export const legacyGridRow_ = ['legacy-backlog'];

/** (unverified) A cell of a legacy grid row, in the order of the grid's header columns. Several per row. */
export const legacyGridCell = '.grid-cell';
export const legacyGridCell_ = ['legacy-backlog'];

/** (unverified) A header column of a legacy grid; its `title` names the field. Several per grid. */
export const legacyGridHeaderColumn = '.grid-header-column';
export const legacyGridHeaderColumn_ = ['legacy-backlog'];

/** (unverified) A legacy grid, around its header and rows. Once per grid. */
export const legacyGrid = '.grid';
export const legacyGrid_ = ['legacy-backlog'];

/** (unverified) The legacy hub's title (team and backlog level); the summary goes after it. Once. */
export const legacyHubTitle = '.hub-title';
export const legacyHubTitle_ = ['legacy-board', 'legacy-backlog'];
