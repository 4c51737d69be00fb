import { defineAdapter, type FoundItem } from './adapter';
import { nameText, projectFacts } from './asana-fields';
import {
  boardCard,
  boardCardName,
  boardCardProperties,
  boardColumn,
  boardColumnName,
  pageHeader,
  pageToolbar,
} from './asana-selectors';
import { ASANA_SITE, asanaGid, asanaPage, isAsanaPage, taskUrl } from './asana-url';
import { textOf } from './dom';

/** Cards of a project's board view. */
export const asanaBoard = defineAdapter({
  name: 'asana-board',
  tracker: 'asana',
  applies: isAsanaPage,
  page: asanaPage,
  container: boardCard,
  marker: boardCard,
  read: (card, page) => readCard(card, page.project),
  summaryAnchors: [pageToolbar, pageHeader],
});

function readCard(card: Element, project: string | null): FoundItem | null {
  const gid = asanaGid(card.getAttribute('data-task-id'));
  if (!gid) return null;
  // Cards with no fields or tags lack the properties row: the card itself takes the badge.
  const properties = card.querySelector(boardCardProperties);
  return {
    ref: { tracker: 'asana', site: ASANA_SITE, key: gid },
    anchor: properties ?? card,
    placement: 'append',
    kind: 'card',
    container: card,
    title: textOf(card.querySelector(boardCardName)),
    url: taskUrl(gid, project),
    facts: projectFacts(project, nameText(card.closest(boardColumn)?.querySelector(boardColumnName))),
  };
}
