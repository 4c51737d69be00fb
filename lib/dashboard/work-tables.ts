import { PACK_LISTS } from '../model/import-summary';

/**
 * The tables a work state is read from (lib/dashboard/work-state.ts): a page
 * showing anything worked out from it asks again when one of them changes:
 * the catalogue (a pack's lists), the items seen, their facts and the settings.
 * Item facts too: what a tracker answers about an item (the area path a rule
 * matches, the parent it inherits from) may be stored after the item itself
 * was seen. Only changed facts are written, and a burst of writes costs a
 * page two reads (lib/workspace/use-refreshing.ts).
 */
export const WORK_TABLES: readonly string[] = [...PACK_LISTS, 'seenItems', 'facts', 'meta'];
