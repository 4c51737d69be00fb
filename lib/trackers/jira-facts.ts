import type { ItemFacts } from '../model/item-facts';
import { textOf } from './dom';

// The limits of ItemFactsSchema: more would fail the message schema and lose the item.
const MAX_LABELS = 100;
const MAX_LABEL = 255;

export interface JiraPageFacts {
  labels?: Iterable<Element>;
  parent?: string | null;
  epic?: string | null;
}

/** What a Jira page shows of an issue beyond its key; `undefined` when it shows none of it. */
export function jiraFacts({
  labels: labelElements = [],
  parent = null,
  epic = null,
}: JiraPageFacts): ItemFacts | undefined {
  const labels = new Set<string>();
  for (const element of labelElements) {
    const label = textOf(element, MAX_LABEL);
    if (label !== undefined) labels.add(label);
  }
  const facts: ItemFacts = {};
  if (labels.size > 0) facts.labels = [...labels].slice(0, MAX_LABELS);
  if (parent !== null) facts.parent = parent;
  if (epic !== null) facts.epic = epic;
  return Object.keys(facts).length > 0 ? facts : undefined;
}
