import { describe, expect, it } from 'vitest';
import { addSite } from '../../../lib/db/sites';
import {
  keepSiteScriptsRegistered,
  reconcileSiteScripts,
  registerSiteScript,
  unregisterSiteScript,
} from '../../../lib/sites/registration';
import { siteScript } from '../../../lib/sites/site-scripts';
import { freshDatabase, NOW } from '../db/test-database';
import { fakeSiteBrowser } from './fake-site-browser';

const JIRA = 'https://jira.example.com';
const ADO = 'http://tfs.corp:8080';

describe('site script registration', () => {
  it('registers a site’s script, and registering it again replaces it rather than failing', async () => {
    const browser = fakeSiteBrowser();
    await registerSiteScript({ origin: JIRA, tracker: 'azure-devops' });
    await registerSiteScript({ origin: JIRA, tracker: 'jira' });
    expect([...browser.scripts.values()]).toEqual([siteScript({ origin: JIRA, tracker: 'jira' })]);
  });

  it('unregisters a site’s script; a site without one is fine', async () => {
    const browser = fakeSiteBrowser();
    await registerSiteScript({ origin: JIRA, tracker: 'jira' });
    await unregisterSiteScript(JIRA);
    await unregisterSiteScript(JIRA);
    expect(browser.scripts.size).toBe(0);
  });

  it('reconciles: registers granted sites’ missing scripts, drops scripts of sites no longer stored', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    await addSite(db, { origin: JIRA, tracker: 'jira' }, NOW);
    await addSite(db, { origin: ADO, tracker: 'azure-devops' }, NOW);
    browser.granted.add(`${JIRA}/*`);
    browser.granted.add(`${ADO}/*`);
    await registerSiteScript({ origin: 'https://gone.example.com', tracker: 'jira' });
    browser.scripts.set('not-a-site', { id: 'not-a-site', js: ['x.js'], matches: ['https://x.example/*'] });

    const plan = await reconcileSiteScripts(db);

    expect(plan.unregister).toEqual(['site:https://gone.example.com']);
    expect(plan.register.map((site) => site.origin)).toEqual([ADO, JIRA]);
    expect([...browser.scripts.keys()].sort()).toEqual(['not-a-site', `site:${ADO}`, `site:${JIRA}`]);
    expect(await reconcileSiteScripts(db)).toEqual({ register: [], unregister: [] });
  });

  it('keeps a site whose permission was revoked, without registering it, until it is granted again', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    await addSite(db, { origin: JIRA, tracker: 'jira' }, NOW);

    keepSiteScriptsRegistered(db);
    await reconcileSiteScripts(db);
    expect(browser.scripts.size).toBe(0);
    expect(await db.sites.count()).toBe(1);

    browser.grantFromBrowserSettings(`${JIRA}/*`);
    await reconcileSiteScripts(db); // waits for the reconcile the grant started, which runs first
    expect([...browser.scripts.keys()]).toEqual([`site:${JIRA}`]);
  });

  it('runs one change at a time, so a reconcile racing an add never registers an id twice', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    await addSite(db, { origin: JIRA, tracker: 'jira' }, NOW);
    browser.granted.add(`${JIRA}/*`);
    await Promise.all([reconcileSiteScripts(db), registerSiteScript({ origin: JIRA, tracker: 'jira' })]);
    expect([...browser.scripts.keys()]).toEqual([`site:${JIRA}`]);
  });
});
