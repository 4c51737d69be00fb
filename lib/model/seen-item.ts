import { z } from 'zod';
import { HttpUrl, IsoTimestamp } from './primitives';
import { ItemIdSchema } from './work-item-ref';

/** What the overlay last saw of a work item, so views can list work by title. */
export const SeenItemSchema = z.strictObject({
  id: ItemIdSchema,
  title: z.string().max(500).optional(),
  status: z.string().max(100).optional(),
  url: HttpUrl,
  lastSeen: IsoTimestamp,
});
export type SeenItem = z.infer<typeof SeenItemSchema>;
