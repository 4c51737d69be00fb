import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSiteFlow } from '../../../lib/sites/add-site';
import { removeSiteFlow, restoreSiteFlow } from '../../../lib/sites/remove-site';
import { freshDatabase, NOW } from '../db/test-database';
import { fakeSiteBrowser, pageDeps } from './fake-site-browser';

const JIRA = 'https://jira.example.test';

async function withSite() {
  const browser = fakeSiteBrowser();
  const db = freshDatabase();
  const deps = pageDeps(db, async () => ({ kind: 'not-tracker' }), NOW);
  const added = await addSiteFlow(JIRA, 'jira', [], deps);
  if (added.kind !== 'added') throw new Error(`not added: ${added.kind}`);
  return { browser, db, deps, site: added.site };
}

describe('removing a site from the Sites page', () => {
  it('unregisters its script, deletes it and gives the permission back', async () => {
    const { browser, db, deps, site } = await withSite();
    expect(await removeSiteFlow(JIRA, deps)).toEqual({ kind: 'removed', site });
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: [`${JIRA}/*`] });
    expect(browser.granted.size).toBe(0);
  });

  it('removes the site even where the browser keeps the permission (a host the manifest requires)', async () => {
    const { browser, db, deps } = await withSite();
    browser.required.add(`${JIRA}/*`);
    expect(await removeSiteFlow(JIRA, deps)).toMatchObject({ kind: 'removed' });
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
  });

  it('puts a removed site back as it was on Undo, asking for the permission again first', async () => {
    const { browser, db, deps, site } = await withSite();
    await removeSiteFlow(JIRA, deps);
    const later = pageDeps(db, deps.probe, new Date('2027-03-01T00:00:00.000Z'));
    const restoring = restoreSiteFlow(site, later);
    expect(fakeBrowser.permissions.request).toHaveBeenLastCalledWith({ origins: [`${JIRA}/*`] });
    expect(await restoring).toEqual({ kind: 'restored', site });
    expect(await db.sites.toArray()).toEqual([site]);
    expect([...browser.scripts.keys()]).toEqual([`site:${JIRA}`]);
  });

  it('puts nothing back when the permission is refused on Undo', async () => {
    const { browser, db, deps, site } = await withSite();
    await removeSiteFlow(JIRA, deps);
    browser.userAllows = false;
    expect(await restoreSiteFlow(site, deps)).toEqual({ kind: 'refused' });
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
  });
});
