import { z } from 'zod';
import { t } from '../i18n/catalogue';
import { IsoTimestamp } from './primitives';

/** Trackers that can be self-hosted; Asana is cloud-only. */
export const SiteTrackerSchema = z.enum(['jira', 'azure-devops']);

/**
 * A self-hosted tracker the user added, on which content scripts may run.
 * The origin is what permissions and senders are checked against, so any
 * http(s) address is reduced to its origin and anything else refused.
 */
export const SiteSchema = z.strictObject({
  origin: z
    .string()
    .max(300)
    .transform((value, ctx) => {
      const origin = httpOrigin(value.trim());
      if (origin === null) {
        ctx.addIssue({ code: 'custom', message: t('issue_httpAddress') });
        return z.NEVER;
      }
      return origin;
    }),
  tracker: SiteTrackerSchema,
  addedAt: IsoTimestamp,
});
export type Site = z.infer<typeof SiteSchema>;

function httpOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
