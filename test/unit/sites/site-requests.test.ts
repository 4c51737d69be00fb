import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite } from '../../../lib/db/sites';
import { addTrackedSite, removeTrackedSite } from '../../../lib/sites/site-requests';
import { freshDatabase, NOW } from '../db/test-database';
import { fakeSiteBrowser } from './fake-site-browser';

const JIRA = 'https://jira.example.com';

describe('the background’s site requests', () => {
  it('stores a granted site and registers its content script', async () => {
    const browser = fakeSiteBrowser();
    browser.granted.add(`${JIRA}/*`);
    const db = freshDatabase();
    const site = await addTrackedSite(db, { origin: JIRA, tracker: 'jira' }, NOW);
    expect(site).toEqual({ origin: JIRA, tracker: 'jira', addedAt: NOW.toISOString() });
    expect(await db.sites.toArray()).toEqual([site]);
    expect(browser.scripts.get(`site:${JIRA}`)?.js).toEqual(['content-scripts/jira.js']);
  });

  it('refuses a site it may not read: nothing stored, no script registered', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    await expect(addTrackedSite(db, { origin: JIRA, tracker: 'jira' }, NOW)).rejects.toThrow(
      /may not read https:\/\/jira\.example\.com.*Nothing was added/,
    );
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
  });

  it('refuses a site already added, and a cloud tracker', async () => {
    const browser = fakeSiteBrowser();
    browser.granted.add(`${JIRA}/*`);
    const db = freshDatabase();
    await addSite(db, { origin: JIRA, tracker: 'jira' }, NOW);
    await expect(addTrackedSite(db, { origin: JIRA, tracker: 'azure-devops' }, NOW)).rejects.toThrow(
      'https://jira.example.com is already one of your sites.',
    );
    await expect(addTrackedSite(db, { origin: 'https://acme.atlassian.net', tracker: 'jira' }, NOW)).rejects.toThrow(
      /cloud tracker: Throughline works there already/,
    );
    expect((await db.sites.toArray()).map((site) => site.tracker)).toEqual(['jira']);
  });

  it('stores nothing when the browser refuses the content script', async () => {
    const browser = fakeSiteBrowser();
    browser.granted.add(`${JIRA}/*`);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockRejectedValue(new Error('Invalid url pattern'));
    const db = freshDatabase();
    await expect(addTrackedSite(db, { origin: JIRA, tracker: 'jira' }, NOW)).rejects.toThrow(
      /was not added: the browser refused its content script \(Error: Invalid url pattern\)/,
    );
    expect(await db.sites.count()).toBe(0);
  });

  it('removes a site and its content script, answering what was removed', async () => {
    const browser = fakeSiteBrowser();
    browser.granted.add(`${JIRA}/*`);
    const db = freshDatabase();
    const site = await addTrackedSite(db, { origin: JIRA, tracker: 'jira' }, NOW);
    expect(await removeTrackedSite(db, JIRA)).toEqual(site);
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
    expect(await removeTrackedSite(db, JIRA)).toBeNull();
  });
});
