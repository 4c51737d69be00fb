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

/** The project the page shows, when it names one: what `asana-project` rules match on. */
export function projectFacts(project: string | null): ItemFacts | undefined {
  return project === null ? undefined : { projects: [project] };
}

// By tag name rather than `instanceof`, which fails for nodes from another frame's realm.
function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}
