import type { ItemFacts } from '../model/item-facts';

/**
 * Whether two reads of an item's facts say the same: the page re-reads its
 * cards, and the tab, the background and its store each keep what they were
 * last given, to pass on or write only what changed. Compared as JSON, so a
 * read with its fields in another order counts as a change, as it always did.
 */
export function sameFacts(a: ItemFacts | undefined, b: ItemFacts | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}
