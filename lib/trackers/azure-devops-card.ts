import type { FoundItem, ItemKind, Placement } from './adapter';
import { azureDevOpsFacts } from './azure-devops-facts';
import { idFromHref, workItemId, workItemUrl } from './azure-devops-ids';
import {
  cardContextMenu,
  cardField,
  cardFieldLabel,
  cardFieldValue,
  cardTitle,
  editLink,
  tagBox,
  taskboardParentLink,
  taskboardRow,
} from './azure-devops-selectors';
import type { AzureDevOpsSite } from './azure-devops-site';
import { textOf } from './dom';

// Card fields are named by their visible label; these are the English names.
const STATE_LABEL = 'State';
const AREA_PATH_LABEL = 'Area Path';

/**
 * Whether a card is the outermost match: a card and a wrapper of it may both
 * carry `data-itemid`, and one card must give one item.
 */
export function isOutermostCard(card: Element, selector: string): boolean {
  return !card.parentElement?.closest(selector);
}

/** A Kanban or taskboard card, read the same way on both boards. */
export function readCard(card: Element, ado: AzureDevOpsSite, url: URL, kind: ItemKind): FoundItem | null {
  const link = card.querySelector(editLink);
  const id = workItemId(card.getAttribute('data-itemid')) ?? idFromHref(link?.getAttribute('href'), url);
  if (!id) return null;
  return {
    ref: { tracker: 'azure-devops', site: ado.site, key: id },
    ...cardAnchor(card),
    kind,
    container: card,
    title: textOf(card.querySelector(cardTitle) ?? link),
    status: fieldValue(card, STATE_LABEL),
    url: workItemUrl(ado, id),
    facts: azureDevOpsFacts({
      areaPath: fieldValue(card, AREA_PATH_LABEL, Number.POSITIVE_INFINITY),
      tags: [...card.querySelectorAll(tagBox)].map((tag) => textOf(tag) ?? ''),
      // A taskboard card sits in the row of its parent item.
      parent: idFromHref(card.closest(taskboardRow)?.querySelector(taskboardParentLink)?.getAttribute('href'), url),
    }),
  };
}

/**
 * A line of its own under the card's first row (id, title, menu): inside
 * that row the chips could only take room from the title, which would be cut.
 */
function cardAnchor(card: Element): { anchor: Element; placement: Placement } {
  const row = card.querySelector(cardContextMenu)?.parentElement ?? card.firstElementChild;
  if (row && row !== card) return { anchor: row, placement: 'after' };
  return { anchor: card, placement: 'append' };
}

/** The value of the card field shown under `label`, when the board is configured to show it. */
function fieldValue(card: Element, label: string, max?: number): string | undefined {
  for (const field of card.querySelectorAll(cardField)) {
    if (textOf(field.querySelector(cardFieldLabel)) === label) return textOf(field.querySelector(cardFieldValue), max);
  }
  return undefined;
}
