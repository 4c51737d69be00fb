import { z } from 'zod';
import { IsoTimestamp, LongText, RecordId, ShortText } from './primitives';
import { ItemIdSchema } from './work-item-ref';

/** One work item serves one objective (optionally one of its benefit targets). */
export const LinkSchema = z.strictObject({
  id: RecordId,
  itemId: ItemIdSchema,
  objectiveId: RecordId,
  targetId: RecordId.optional(),
  note: LongText.optional(),
  createdAt: IsoTimestamp,
  createdBy: ShortText.optional(),
});
export type Link = z.infer<typeof LinkSchema>;
