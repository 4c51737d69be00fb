import { z } from 'zod';
import { canonicalItemId, isTracker, isValidKey, isValidSite, normalizeSite, TRACKERS } from './item-id';

export const TrackerSchema = z.enum(TRACKERS);

export const WorkItemRefSchema = z
  .strictObject({
    tracker: TrackerSchema,
    site: z.string().min(1).max(200),
    key: z.string().min(1).max(40),
  })
  .transform((ref) => ({ ...ref, site: normalizeSite(ref.tracker, ref.site) }))
  .refine((ref) => isValidSite(ref.site), { message: 'site is not a host name with an optional path', path: ['site'] })
  .refine((ref) => isTracker(ref.tracker) && isValidKey(ref.tracker, ref.key), {
    message: 'key does not have the shape of an item key on this tracker',
    path: ['key'],
  });
export type WorkItemRef = z.infer<typeof WorkItemRefSchema>;

/**
 * A canonical item id, `tracker:site:key`. Ids in other spellings of the same
 * site (such as `{org}.visualstudio.com`) are accepted and normalized.
 */
export const ItemIdSchema = z
  .string()
  .max(300)
  .transform((id, ctx) => {
    const canonical = canonicalItemId(id);
    if (canonical === null) {
      ctx.addIssue({
        code: 'custom',
        message: `"${id.slice(0, 80)}" is not a work item id of the form tracker:site:key (trackers: ${TRACKERS.join(', ')})`,
      });
      return z.NEVER;
    }
    return canonical;
  });
