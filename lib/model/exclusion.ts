import { z } from 'zod';
import { IsoTimestamp, LongText, RecordId, ShortText } from './primitives';
import { ItemIdSchema } from './work-item-ref';

/**
 * "Not this item": the item does not serve the objective, whatever a rule
 * or an ancestor says. A direct link is a person's own statement and is not
 * overridden; excluding an item removes its link to the objective too.
 */
export const ExclusionSchema = z.strictObject({
  id: RecordId,
  itemId: ItemIdSchema,
  objectiveId: RecordId,
  note: LongText.optional(),
  createdAt: IsoTimestamp,
  createdBy: ShortText.optional(),
});
export type Exclusion = z.infer<typeof ExclusionSchema>;
