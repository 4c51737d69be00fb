/**
 * The tables a work state is read from (lib/dashboard/work-state.ts): a page
 * showing anything worked out from it asks again when one of them changes.
 * Item facts are left out: the overlay stores them all the time while a
 * tracker is open, and they come with the seen items they belong to.
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
  'meta',
];
