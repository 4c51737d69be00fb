import { z } from 'zod';
import { LinkSchema } from './link';
import { IsoTimestamp } from './primitives';

/**
 * A link a content script removed, kept so that its Undo can put back
 * exactly that link and nothing else: the receipt names the page's origin,
 * and a restore from another page, or of a link that differs, is refused.
 */
export const LinkReceiptSchema = z.strictObject({
  id: LinkSchema.shape.id,
  link: LinkSchema,
  origin: z.string().max(300),
  removedAt: IsoTimestamp,
});
export type LinkReceipt = z.infer<typeof LinkReceiptSchema>;
