import { z } from 'zod';
import { t } from '../i18n/catalogue';
import { said } from './issue-text';
import { canonicalItemId, isTracker, isValidKey, isValidSite, normalizeSite, TRACKERS } from './item-id';

export const TrackerSchema = z.enum(TRACKERS);

export const WorkItemRefSchema = z
  .strictObject({
    tracker: TrackerSchema,
    site: z.string().min(1).max(200),
    key: z.string().min(1).max(40),
  })
  .transform((ref) => ({ ...ref, site: normalizeSite(ref.tracker, ref.site) }))
  .refine((ref) => isValidSite(ref.site), { ...said('issue_itemSite'), path: ['site'] })
  .refine((ref) => isTracker(ref.tracker) && isValidKey(ref.tracker, ref.key), {
    ...said('issue_itemKey'),
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
        message: t('issue_notItemId', id.slice(0, 80), TRACKERS.join(', ')),
      });
      return z.NEVER;
    }
    return canonical;
  });
