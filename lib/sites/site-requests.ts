import type { ThroughlineDatabase } from '../db/database';
import { addSite, removeSite } from '../db/sites';
import { t } from '../i18n/catalogue';
import { UserError } from '../messages/user-error';
import type { Site } from '../model/site';
import { isCloudTrackerUrl } from '../trackers/hosts';
import { registerSiteScript, unregisterSiteScript } from './registration';
import { hasSitePermission } from './site-permission';

/**
 * The background's part of adding a site: the page has asked the user for
 * the permission; only a granted site is stored, and it is stored only with
 * its content script registered.
 */
export async function addTrackedSite(
  db: ThroughlineDatabase,
  input: Pick<Site, 'origin' | 'tracker'>,
  addedAt: Date,
): Promise<Site> {
  const { origin } = input;
  if (isCloudTrackerUrl(`${origin}/`)) throw new UserError(t('siteRequests_isACloudTrackerThroughline', origin));
  if (await db.sites.get(origin)) throw new UserError(t('siteRequests_isAlreadyOneOfYour', origin));
  if (!(await hasSitePermission(origin))) throw new UserError(t('siteRequests_throughlineMayNotReadAllow', origin));
  const site = await addSite(db, input, addedAt);
  try {
    await registerSiteScript(site);
  } catch (error) {
    await removeSite(db, origin);
    throw new UserError(t('siteRequests_wasNotAddedTheBrowser', origin, String(error)));
  }
  return site;
}

/** The background's part of removing a site: its content script, then the record (the page gives the permission back). */
export async function removeTrackedSite(db: ThroughlineDatabase, origin: string): Promise<Site | null> {
  await unregisterSiteScript(origin);
  return removeSite(db, origin);
}
