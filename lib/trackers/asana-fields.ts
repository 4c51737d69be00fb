import type { ItemFacts } from '../model/item-facts';
import { MAX_TEXT } from './dom';

/**
 * A task name as plain text. Names live in textareas, whose text content is
 * only the value React first rendered: an edited name is in `value`.
 */
export function nameText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const raw = isTextField(element) ? element.value : element.textContent;
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The project and section the page shows a task in, when it names them: what project and section rules match on. */
export function projectFacts(project: string | null, section?: string): ItemFacts | undefined {
  const facts: ItemFacts = {};
  if (project !== null) facts.projects = [project];
  if (section !== undefined && section.length <= MAX_SECTION) facts.sections = [section];
  return Object.keys(facts).length > 0 ? facts : undefined;
}

// The limit of ItemFactsSchema: a longer name would fail the message schema and lose the item.
const MAX_SECTION = 255;

// By tag name rather than `instanceof`, which fails for nodes from another frame's realm.
function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}
