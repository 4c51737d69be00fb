import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { type Site, SiteSchema } from '../model/site';
import type { ThroughlineDatabase } from './database';
import { validated } from './validate';

export type SiteInput = Omit<z.input<typeof SiteSchema>, 'addedAt'>;

/** The self-hosted tracker sites the user added, by origin. */
export function listSites(db: ThroughlineDatabase): Promise<Site[]> {
  return db.sites.orderBy('origin').toArray();
}

/** Adds a site by any address on it; adding it again changes its tracker but keeps when it was added. */
export async function addSite(db: ThroughlineDatabase, input: SiteInput, now: Date): Promise<Site> {
  const site = validated(SiteSchema, { ...input, addedAt: now.toISOString() }, t('record_site'));
  return db.transaction('rw', db.sites, async () => {
    const stored = await db.sites.get(site.origin);
    const saved = stored ? { ...site, addedAt: stored.addedAt } : site;
    await db.sites.put(saved);
    return saved;
  });
}

/** Removes a site; answers what was removed, or `null` if it was not there. */
export async function removeSite(db: ThroughlineDatabase, origin: string): Promise<Site | null> {
  return db.transaction('rw', db.sites, async () => {
    const stored = await db.sites.get(origin);
    if (!stored) return null;
    await db.sites.delete(origin);
    return stored;
  });
}
