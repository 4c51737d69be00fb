import type { ItemContext } from '../model/annotation';
import { textOf } from './dom';

// The limits of ItemContextSchema: more would fail the message schema and lose the item.
const MAX_LABELS = 100;
const MAX_LABEL = 255;

/** What rules can match on beyond the key; `undefined` when the page shows none of it. */
export function jiraContext(labelElements: Iterable<Element>, parent: string | null): ItemContext | undefined {
  const labels = new Set<string>();
  for (const element of labelElements) {
    const label = textOf(element, MAX_LABEL);
    if (label !== undefined) labels.add(label);
  }
  const context: ItemContext = {};
  if (labels.size > 0) context.labels = [...labels].slice(0, MAX_LABELS);
  if (parent !== null) context.parent = parent;
  return Object.keys(context).length > 0 ? context : undefined;
}
