import { indexRules } from '../alignment/rule-index';
import { compiledKeyPattern, ruleMatches } from '../alignment/rules';
import type { ItemFacts } from '../model/item-facts';
import { type ItemIdParts, parseItemId } from '../model/item-id';
import type { Rule } from '../model/rule';
import type { SeenItem } from '../model/seen-item';

/** A seen item ready to match: its id read into parts, with the facts stored for it. */
export interface MatchableItem {
  id: string;
  ref: ItemIdParts;
  title?: string;
  facts?: ItemFacts;
}

/** Seen items with their facts; those whose ids no longer read are left out. */
export function matchableItems(
  seen: readonly SeenItem[],
  factsOf: (id: string) => ItemFacts | undefined,
): MatchableItem[] {
  return seen.flatMap((item) => {
    const ref = parseItemId(item.id);
    return ref
      ? [{ id: item.id, ref, ...(item.title !== undefined && { title: item.title }), facts: factsOf(item.id) }]
      : [];
  });
}

/** The items one rule matches, as it would if it were on: what the form previews as it is typed. */
export function itemsMatching(rule: Rule, items: readonly MatchableItem[]): MatchableItem[] {
  const on = { ...rule, enabled: true };
  return items.filter((item) => ruleMatches(on, item.ref, item.facts));
}

/**
 * How many items each rule matches, on or off, in one pass over the items
 * through the rule index: a list of rules never tries every rule on every item.
 */
export function matchCounts(rules: readonly Rule[], items: readonly MatchableItem[]): Map<string, number> {
  const index = indexRules(
    rules.map((rule) => ({ ...rule, enabled: true })),
    compiledKeyPattern,
  );
  const counts = new Map(rules.map((rule) => [rule.id, 0]));
  for (const item of items)
    for (const rule of index.matching(item.ref, item.facts)) counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
  return counts;
}
