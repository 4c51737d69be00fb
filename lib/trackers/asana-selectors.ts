/**
 * Every Asana selector, in one place. Each selector `x` has a companion `x_`
 * naming the saved fixtures (test/fixtures/asana) where it must match; a test
 * checks them, so a selector that rots shows up as one failing line.
 *
 * Facts come from shared/trackers.md and public extensions that inject into
 * Asana. Asana uses readable BEM class names and no test ids; the names change
 * several times a year. Selectors marked "(unverified)" only choose where a
 * summary goes, never whether an item is found.
 */

// Task pane (side pane over a list or board, or the full-screen `/f` page)

/** The open task; carries `data-task-id`. Once per open task. */
export const taskPane = '.TaskPane';
export const taskPane_ = ['task-pane'];

/** The "…" button of the pane's toolbar; the badge goes after it. Once per pane. */
export const taskPaneExtraActions = '.TaskPaneExtraActionsButton';
export const taskPaneExtraActions_ = ['task-pane'];

/** The pane's toolbar (Mark complete, like, attach, …); the badge's fallback place. Once per pane. */
export const taskPaneToolbar = '.TaskPaneToolbar';
export const taskPaneToolbar_ = ['task-pane'];

/** The row holding the task's name; the badge's last resort. Once per pane. */
export const taskPaneTitleRow = '.TaskPane-titleRow';
export const taskPaneTitleRow_ = ['task-pane'];

/** The task's name, a textarea under a heading; older panes lack the title row. Once per pane. */
export const taskPaneName = '.TaskPane-titleRow textarea, [role="heading"] textarea, .TitleInput textarea';
export const taskPaneName_ = ['task-pane'];

// Subtasks, listed in a task pane

/** A subtask row; `data-task-id` on the row, or on an element of the subtask grid. One per subtask. */
export const subtaskRow = '.TaskPane .SubtaskTaskRow, .TaskPane .SubtaskGrid [data-task-id]';
export const subtaskRow_ = ['task-pane'];

/** The right-hand part of a subtask row (due date, assignee); the badge goes first in it. One per row. */
export const subtaskRightChildren = '.SubtaskTaskRow-rightChildren';
export const subtaskRightChildren_ = ['task-pane'];

/** The subtask's name. One per row. */
export const subtaskName = 'textarea';
export const subtaskName_ = ['task-pane'];

// List view and My Tasks

/** A task row of the list (virtualized). One per rendered task. */
export const listRow = '.SpreadsheetRow';
export const listRow_ = ['list', 'my-tasks'];

/** The task name cell's text part; the badge goes after it. One per row. */
export const listTaskName = '.SpreadsheetTaskName';
export const listTaskName_ = ['list', 'my-tasks'];

/** The name's textarea; its `id` ends with `_{gid}`. One per editable row. */
export const listTaskNameInput = 'textarea.SpreadsheetTaskName-input';
export const listTaskNameInput_ = ['list', 'my-tasks'];

/**
 * (unverified) A link to a task, in either URL form; a row without the
 * textarea (read-only) may still hold one. Project links match too and are
 * told apart by their path.
 */
export const taskLink = 'a[href*="/task/"], a[href^="/0/"], a[href^="https://app.asana.com/0/"]';
export const taskLink_ = ['list'];

// Board

/** A board card; carries `data-task-id`. One per rendered card. */
export const boardCard = '.BoardCardLayout';
export const boardCard_ = ['board'];

/** The card's task name. One per saved card. */
export const boardCardName = '.BoardCard-taskName';
export const boardCardName_ = ['board'];

/** The card's custom fields and tags; the badge is appended to it. One per card that shows fields or tags. */
export const boardCardProperties = '.BoardCardLayout-customPropertiesAndTags';
export const boardCardProperties_ = ['board'];

// Page chrome, for the summary

/** (unverified) The toolbar above a list or board (Add task, Filter, Sort); the summary goes after it. Once. */
export const pageToolbar = '.PageToolbarStructure';
export const pageToolbar_ = ['list', 'board', 'my-tasks'];

/** The page header (title and view tabs); the summary's fallback place. Once. */
export const pageHeader = '.TopbarPageHeaderStructure';
export const pageHeader_ = ['list', 'board', 'my-tasks'];

// Sections, which `asana-section` rules match on

/** (unverified) A board column: one section of the project. One per section. */
export const boardColumn = '.BoardColumn';
export const boardColumn_ = ['board'];

/** (unverified) A board column's name, a textarea holding the section's name. Once per column. */
export const boardColumnName = '.BoardColumnHeader-name';
export const boardColumnName_ = ['board'];

/** (unverified) A list's section row; the task rows after it, up to the next, are in that section. One per section. */
export const sectionRow = '.SectionRow';
export const sectionRow_ = ['list'];

/** (unverified) A section row's name, a textarea. Once per section row. */
export const sectionName = '.SectionRow-sectionName';
export const sectionName_ = ['list'];
