import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { accessibilityViolations } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { NOT_A_TRACKER_ORIGIN, SELF_HOSTED_JIRA_ORIGIN } from './harness/fixture-hosts';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { TRACKER_PAGES } from './harness/tracker-pages';
import { readHosts, readSummary, waitForHostCount, waitForState } from './jira/overlay-probe';

// Functions passed to the service worker run there; this names `chrome` for the type checker.
declare const chrome: Browser;

/** Where a saved Jira Data Center page is served: at the e2e build's stand-in host (harness/tracker-pages.ts). */
function servedUrl(name: string): string {
  const page = TRACKER_PAGES.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`No tracker page ${name}`);
  return page.urls[0];
}

/**
 * What each Jira Data Center page shows once its site is added: as many
 * hosts as the adapters find, all unaligned (the sample pack links cloud
 * items only), and a summary over them on list pages.
 */
const SERVER_PAGES = [
  { name: 'jira/server-issue', hosts: 2, summary: false },
  { name: 'jira/server-board', hosts: 14, summary: true },
  { name: 'jira/server-backlog', hosts: 14, summary: true },
  { name: 'jira/server-navigator', hosts: 12, summary: true },
] as const;

const ISSUE_URL = servedUrl('jira/server-issue');
const BACKLOG_URL = servedUrl('jira/server-backlog');
/** PAY-7 on the issue page; Jira's context path `/jira` is part of the site. */
const PAY_7 = 'jira:jira.example.test/jira:PAY-7';
const JIRA_LABEL = 'Jira Data Center / Server';

/** Gives a content script, if one runs, time to start and scan: for pages that should stay silent. */
async function letContentScriptRun(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 500))));
}

describe('self-hosted sites', () => {
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    options = await browser.openPage(browser.extensionUrl('options.html#sites'));
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const address = () => options.getByLabel('Site address');
  async function add(text: string, tracker: 'Detect from the site’s page' | typeof JIRA_LABEL): Promise<void> {
    await address().fill(text);
    await options.getByRole('radio', { name: tracker }).check();
    await options.getByRole('button', { name: 'Add site' }).click();
  }
  /** Waits for a message with this role and text, as assistive technology would hear it. */
  const expectMessage = (role: 'alert' | 'status', text: RegExp) =>
    expect
      .poll(() => options.getByRole(role).allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(text));
  const siteScripts = () =>
    browser.inServiceWorker(
      async () =>
        (await chrome.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith('site:')),
      null,
    );

  it('leaves a self-hosted Jira alone until its site is added', async () => {
    const page = await browser.openPage(ISSUE_URL);
    await letContentScriptRun(page);
    expect(await readHosts(page)).toEqual([]);
    expect(browser.errors.of(page).map(String)).toEqual([]);
    await page.close();
  });

  it('starts empty, and pre-fills the address the popup links to', async () => {
    await expect.poll(() => options.getByText(/^No self-hosted sites yet/).isVisible()).toBe(true);
    await options.goto(browser.extensionUrl(`options.html#sites/${encodeURIComponent(SELF_HOSTED_JIRA_ORIGIN)}`));
    await expect.poll(() => address().inputValue()).toBe(SELF_HOSTED_JIRA_ORIGIN);
    expect(await options.getByRole('radio', { name: 'Detect from the site’s page' }).isChecked()).toBe(true);
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations, empty (%s)', async (scheme) => {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await accessibilityViolations(options)).toEqual([]);
  });

  it('refuses what is not a site address, and says cloud trackers need no adding', async () => {
    await add('ftp://jira.example.test', JIRA_LABEL);
    await expectMessage('alert', /^That is not a site address\.Only http/);
    await add('https://acme.atlassian.net/browse/PAY-1', JIRA_LABEL);
    await expectMessage('status', /is a cloud tracker: Throughline already works there/);
  });

  it('says a site that is no tracker does not look like one, and adds nothing', async () => {
    await add(NOT_A_TRACKER_ORIGIN, 'Detect from the site’s page');
    await expectMessage('alert', /^This does not look like Jira or Azure DevOps Server\./);
    expect(await options.getByRole('alert').count()).toBe(1);
    expect(await options.getByText(/^No self-hosted sites yet/).isVisible()).toBe(true);
    expect(await siteScripts()).toEqual([]);
  });

  it('says a site that cannot be read is unreachable, offering to add it anyway', async () => {
    // The stand-in host serves only the saved pages: its root answers 404.
    await add(SELF_HOSTED_JIRA_ORIGIN, 'Detect from the site’s page');
    await expectMessage(
      'alert',
      /^Could not reach https:\/\/jira\.example\.test: it answered HTTP 404\.Nothing was added/,
    );
    const offer = options.getByRole('alert');
    expect(await offer.getByRole('button').allTextContents()).toEqual([
      'Add as Jira Data Center / Server',
      'Add as Azure DevOps Server',
    ]);
    expect(await options.getByText(/^No self-hosted sites yet/).isVisible()).toBe(true);
  });

  it('detects Jira from a page of the site', async () => {
    await add(`${SELF_HOSTED_JIRA_ORIGIN}/jira/browse/PAY-7`, 'Detect from the site’s page');
    await expectMessage(
      'status',
      /^Added https:\/\/jira\.example\.test as Jira Data Center \/ Server \(detected from its page\)\./,
    );
    expect(await siteScripts()).toHaveLength(1);
    // Taken away again, to be added by hand next.
    await options.getByRole('button', { name: `Remove ${SELF_HOSTED_JIRA_ORIGIN}` }).press('Enter');
    await expect.poll(() => options.getByText(/^No self-hosted sites yet/).isVisible()).toBe(true);
    expect(await siteScripts()).toEqual([]);
  });

  it('adds the site with Jira picked, and registers its content script', async () => {
    await add(SELF_HOSTED_JIRA_ORIGIN, JIRA_LABEL);
    await expectMessage('status', /^Added https:\/\/jira\.example\.test as Jira Data Center \/ Server\. Reload/);
    const row = options.getByRole('row', { name: new RegExp(SELF_HOSTED_JIRA_ORIGIN) });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([JIRA_LABEL, expect.any(String), 'Granted', 'Remove']);
    expect(await address().inputValue()).toBe('');
    expect(await siteScripts()).toEqual([
      expect.objectContaining({
        id: `site:${SELF_HOSTED_JIRA_ORIGIN}`,
        matches: [`${SELF_HOSTED_JIRA_ORIGIN}/*`],
        js: ['content-scripts/jira.js'],
      }),
    ]);
    await add(`${SELF_HOSTED_JIRA_ORIGIN}/jira/browse/PAY-7`, JIRA_LABEL);
    await expectMessage('status', /is already one of your sites, as Jira Data Center \/ Server/);
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations, with a site (%s)', async (scheme) => {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await accessibilityViolations(options)).toEqual([]);
  });

  it.for(SERVER_PAGES)('shows the overlay on the added site’s $name page', async ({ name, hosts, summary }) => {
    const page = await browser.openPage(servedUrl(name));
    await waitForHostCount(page, hosts);
    const found = await readHosts(page);
    expect(found.every((host) => host.id.startsWith('jira:jira.example.test'))).toBe(true);
    expect(found.every((host) => host.state === 'unaligned')).toBe(true);
    if (summary) {
      // The strategy names nothing of this site yet: a manager still reads how much of it is aligned.
      await page
        .locator('[data-throughline-summary]')
        .getByText(new RegExp(`^0 of ${hosts}$`))
        .waitFor();
      expect(await readSummary(page)).toEqual({ count: 1, aligned: 0, total: hosts });
    } else expect((await readSummary(page)).count).toBe(0);
    expect(browser.errors.of(page).map(String)).toEqual([]);
    await page.close();
  });

  it('links an item from the in-page picker and shows it aligned, there and on the backlog', async () => {
    const issue = await browser.openPage(ISSUE_URL);
    // The issue and the issue it links to, each with a host.
    await waitForHostCount(issue, 2);
    await issue
      .locator(`[data-throughline-item="${PAY_7}"]`)
      .getByRole('button', { name: 'Link PAY-7 to an objective' })
      .click();
    await issue.getByRole('searchbox', { name: 'Search objectives to link PAY-7' }).fill('GROW-2');
    await issue.keyboard.press('Enter');
    await waitForState(issue, PAY_7, 'aligned');
    expect((await readHosts(issue))[0]?.text).toContain('GROW-2');

    const backlog = await browser.openPage(BACKLOG_URL);
    await waitForState(backlog, PAY_7, 'aligned');
    await expect.poll(() => readSummary(backlog)).toEqual({ count: 1, aligned: 1, total: 14 });
    expect(browser.errors.of(issue).map(String)).toEqual([]);
    expect(browser.errors.of(backlog).map(String)).toEqual([]);
    await issue.close();
    await backlog.close();
  });

  it('reports a stored site the browser no longer lets it read, with Grant again', async () => {
    // As if the user revoked the permission in the browser's settings: stored, but not granted.
    const revoked = 'http://jira.internal:8080';
    await options.evaluate(
      (origin) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('throughline');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sites', 'readwrite');
            tx.objectStore('sites').put({ origin, tracker: 'jira', addedAt: '2026-11-01T09:00:00.000Z' });
            tx.oncomplete = () => done(open.result.close());
            tx.onerror = () => fail(tx.error);
          };
        }),
      revoked,
    );
    await options.reload();
    const row = options.getByRole('row', { name: new RegExp(revoked) });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('Permission missingGrant again');
    expect(await row.getByRole('button', { name: `Grant again: ${revoked}` }).isVisible()).toBe(true);
    expect((await siteScripts()).map((script) => script.id)).toEqual([`site:${SELF_HOSTED_JIRA_ORIGIN}`]);

    await row.getByRole('button', { name: `Remove ${revoked}` }).click();
    await row.waitFor({ state: 'detached' });
    await options
      .getByRole('status')
      .filter({ hasText: `Removed ${revoked}` })
      .waitFor();
  });

  it('removes the site: after a reload the overlay is gone; Undo puts it back', async () => {
    const issue = await browser.openPage(ISSUE_URL);
    await waitForHostCount(issue, 2);

    await options.bringToFront();
    await options.getByRole('button', { name: `Remove ${SELF_HOSTED_JIRA_ORIGIN}` }).press('Enter');
    const toast = options.getByRole('status').filter({ hasText: `Removed ${SELF_HOSTED_JIRA_ORIGIN}` });
    await toast.waitFor();
    await expect.poll(() => options.getByText(/^No self-hosted sites yet/).isVisible()).toBe(true);
    expect(await siteScripts()).toEqual([]);

    await issue.reload();
    await letContentScriptRun(issue);
    expect(await readHosts(issue)).toEqual([]);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: `Put back ${SELF_HOSTED_JIRA_ORIGIN}` })
      .waitFor();
    await options.getByRole('row', { name: new RegExp(SELF_HOSTED_JIRA_ORIGIN) }).waitFor();
    await issue.reload();
    await waitForState(issue, PAY_7, 'aligned');

    // From the keyboard this time: the "Put back" toast covers the button's corner of this small window a while.
    await options.getByRole('button', { name: `Remove ${SELF_HOSTED_JIRA_ORIGIN}` }).press('Enter');
    await expect.poll(() => siteScripts()).toEqual([]);
    await issue.reload();
    await letContentScriptRun(issue);
    expect(await readHosts(issue)).toEqual([]);
    expect(browser.errors.of(issue).map(String)).toEqual([]);
    expect(browser.errors.of(options).map(String)).toEqual([]);
    await issue.close();
  });
});
