/**
 * The tables a work state is read from (lib/dashboard/work-state.ts): a page
 * showing anything worked out from it asks again when one of them changes.
 * Item facts too: what a tracker answers about an item (the area path a rule
 * matches, the parent it inherits from) may be stored after the item itself
 * was seen. Only changed facts are written, and a burst of writes costs a
 * page two reads (lib/workspace/use-refreshing.ts).
 */
export const WORK_TABLES: readonly string[] = [
  'themes',
  'objectives',
  'benefitTargets',
  'measurements',
  'links',
  'rules',
  'exclusions',
  'seenItems',
  'facts',
  'meta',
];
