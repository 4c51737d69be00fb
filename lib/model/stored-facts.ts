import { z } from 'zod';
import { ItemFactsSchema } from './item-facts';
import { IsoTimestamp } from './primitives';
import { ItemIdSchema } from './work-item-ref';

/**
 * What is known of an item, as stored: the facts, when its tracker last
 * answered for it (absent while only the page has told), and when anything
 * last told us about it, which orders what is forgotten first.
 */
export const StoredFactsSchema = z.strictObject({
  id: ItemIdSchema,
  facts: ItemFactsSchema,
  fetchedAt: IsoTimestamp.optional(),
  seenAt: IsoTimestamp,
});
export type StoredFacts = z.infer<typeof StoredFactsSchema>;
