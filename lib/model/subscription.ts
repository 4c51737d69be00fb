import { z } from 'zod';
import { said } from './issue-text';
import { IsoTimestamp, RecordId, ShortText } from './primitives';

/** Packs are fetched over https only: a pack decides what every tracker page shows. */
export const PackUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, said('issue_httpsAddress'));

export const SUBSCRIPTION_STATES = ['pending', 'ok', 'failed'] as const;

/**
 * A pack the user subscribed to by URL. Its records are a read-only layer of
 * the catalogue (their `layer` is this id); `etag` and `lastModified` make
 * the next refresh a conditional request. A failed refresh keeps the last
 * good records and says why in `error`.
 */
export const SubscriptionSchema = z.strictObject({
  id: RecordId,
  url: PackUrlSchema,
  addedAt: IsoTimestamp,
  name: ShortText.optional(),
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  lastChecked: IsoTimestamp.optional(),
  lastChanged: IsoTimestamp.optional(),
  state: z.enum(SUBSCRIPTION_STATES),
  error: z.string().max(4000).optional(),
  records: z.number().int().min(0).optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
