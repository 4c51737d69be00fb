import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Site } from '../../../lib/model/site';
import { addSiteFlow } from '../../../lib/sites/add-site';
import type { Probe } from '../../../lib/sites/probe-site';
import { freshDatabase, NOW } from '../db/test-database';
import { fakeSiteBrowser, pageDeps } from './fake-site-browser';

const JIRA = 'https://jira.example.test';
const probing = (probe: Probe) => vi.fn(async () => probe);

describe('adding a site from the Sites page', () => {
  it('asks for the site’s permission, then has the background store it and register its script', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    const outcome = await addSiteFlow(
      `${JIRA}/jira/browse/PAY-7`,
      'jira',
      [],
      pageDeps(db, probing({ kind: 'not-tracker' }), NOW),
    );
    const site: Site = { origin: JIRA, tracker: 'jira', addedAt: NOW.toISOString() };
    expect(outcome).toEqual({ kind: 'added', site, detected: false });
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [`${JIRA}/*`] });
    expect(await db.sites.toArray()).toEqual([site]);
    expect([...browser.scripts.keys()]).toEqual([`site:${JIRA}`]);
  });

  it('stores nothing and registers nothing when the user refuses the permission', async () => {
    const browser = fakeSiteBrowser();
    browser.userAllows = false;
    const db = freshDatabase();
    const probe = probing({ kind: 'tracker', tracker: 'jira' });
    expect(await addSiteFlow(JIRA, 'detect', [], pageDeps(db, probe))).toEqual({ kind: 'refused', origin: JIRA });
    expect(probe).not.toHaveBeenCalled();
    expect(await db.sites.count()).toBe(0);
    expect(browser.scripts.size).toBe(0);
    expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('asks for the permission before anything is awaited, so that it happens inside the click', async () => {
    fakeSiteBrowser();
    const adding = addSiteFlow(JIRA, 'jira', [], pageDeps(freshDatabase(), probing({ kind: 'not-tracker' })));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledOnce();
    expect(await adding).toMatchObject({ kind: 'added' });
  });

  it('detects the tracker from the page as typed, after the permission is granted', async () => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    const probe = vi.fn(async () => {
      expect(browser.granted.has(`${JIRA}/*`)).toBe(true);
      return { kind: 'tracker', tracker: 'jira' } as const;
    });
    const outcome = await addSiteFlow(`${JIRA}/jira/browse/PAY-7`, 'detect', [], pageDeps(db, probe));
    expect(probe).toHaveBeenCalledWith(`${JIRA}/jira/browse/PAY-7`);
    expect(outcome).toMatchObject({ kind: 'added', site: { origin: JIRA, tracker: 'jira' }, detected: true });
  });

  it.each([
    [{ kind: 'not-tracker' } as const, { kind: 'not-tracker', origin: JIRA }],
    [
      { kind: 'unreachable', detail: 'it answered HTTP 404' } as const,
      { kind: 'unreachable', origin: JIRA, detail: 'it answered HTTP 404' },
    ],
  ])('adds nothing and gives the permission back when detection finds %j', async (probe, expected) => {
    const browser = fakeSiteBrowser();
    const db = freshDatabase();
    expect(await addSiteFlow(JIRA, 'detect', [], pageDeps(db, probing(probe)))).toEqual(expected);
    expect(await db.sites.count()).toBe(0);
    expect(browser.granted.size).toBe(0);
    expect(browser.scripts.size).toBe(0);
  });

  it('answers invalid addresses, cloud trackers and sites already added without asking for anything', async () => {
    fakeSiteBrowser();
    const deps = pageDeps(freshDatabase(), probing({ kind: 'not-tracker' }));
    const stored: Site = { origin: JIRA, tracker: 'jira', addedAt: NOW.toISOString() };
    expect(await addSiteFlow('ftp://jira.example.test', 'jira', [], deps)).toMatchObject({ kind: 'invalid' });
    expect(await addSiteFlow('https://acme.atlassian.net/browse/PAY-1', 'detect', [], deps)).toEqual({
      kind: 'cloud',
      origin: 'https://acme.atlassian.net',
    });
    expect(await addSiteFlow(`${JIRA}/secure/Dashboard.jspa`, 'jira', [stored], deps)).toEqual({
      kind: 'already-added',
      site: stored,
    });
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('gives the permission back when the background refuses the site', async () => {
    const browser = fakeSiteBrowser();
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockRejectedValue(new Error('Invalid url pattern'));
    const db = freshDatabase();
    const outcome = await addSiteFlow(JIRA, 'jira', [], pageDeps(db, probing({ kind: 'not-tracker' })));
    expect(outcome).toMatchObject({ kind: 'failed', origin: JIRA, error: expect.stringMatching(/was not added/) });
    expect(browser.granted.size).toBe(0);
    expect(await db.sites.count()).toBe(0);
  });
});
