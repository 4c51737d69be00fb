import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { ExtensionBrowser } from './harness/extension-browser';
import { NOT_A_TRACKER_ORIGIN } from './harness/fixture-hosts';

// Functions passed to the service worker and the page run there; this names `chrome` for the type checker.
declare const chrome: Browser;

/** What the background answers a message sent from a content script (the extension's isolated world) in a tab. */
function sendFromContentScript(browser: ExtensionBrowser, tabId: number, message: unknown): Promise<unknown> {
  return browser.inServiceWorker(
    async ({ tabId, message }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        func: (message: unknown) => chrome.runtime.sendMessage(message),
        args: [message],
      });
      return injection?.result;
    },
    { tabId, message },
  );
}

describe('messages from content scripts', () => {
  let browser: ExtensionBrowser;
  let tracker: Page;
  let trackerTab: number;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    tracker = await browser.openPage('https://acme.atlassian.net/browse/PAY-1');
    trackerTab = await browser.tabIdOf(tracker);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers a valid request on a tracker site', async () => {
    expect(await sendFromContentScript(browser, trackerTab, { type: 'ping' })).toMatchObject({ ok: true });
  });

  it('refuses a malformed request with a readable reason', async () => {
    const reply = await sendFromContentScript(browser, trackerTab, { type: 'annotate', items: 42 });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Malformed request: .*items/) });
  });

  it('refuses an unknown request type by name', async () => {
    const reply = await sendFromContentScript(browser, trackerTab, { type: 'dropDatabase' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('unknown request type "dropDatabase"') });
  });

  it('refuses a request only extension pages may make', async () => {
    const reply = await sendFromContentScript(browser, trackerTab, { type: 'exportPack' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining("only be sent from Throughline's own pages") });
  });

  it('refuses a content script on a second tenant that asks about or changes the first tenant’s items', async () => {
    const other = await browser.openPage('https://globex.atlassian.net/browse/OPS-1');
    const tab = await browser.tabIdOf(other);
    const acmeItem = 'jira:acme.atlassian.net:PAY-1';
    expect(await sendFromContentScript(browser, tab, { type: 'annotate', items: [{ id: acmeItem }] })).toMatchObject({
      ok: true,
      data: { items: {} },
    });
    for (const message of [
      { type: 'unlink', itemId: acmeItem, objectiveId: 'ob-grow-2' },
      { type: 'link', itemId: acmeItem, objectiveId: 'ob-grow-2' },
    ])
      expect(await sendFromContentScript(browser, tab, message)).toEqual({
        ok: false,
        error: expect.stringMatching(/^Refused: jira:acme\.atlassian\.net:PAY-1 is not an item of this page's site/),
      });
    expect(
      await sendFromContentScript(browser, tab, {
        type: 'annotate',
        items: [{ id: 'jira:globex.atlassian.net:OPS-1' }],
      }),
    ).toMatchObject({ ok: true });
    await other.close();
  });

  it('refuses even a valid request from a site that is not a tracker', async () => {
    const page = await browser.openPage(`${NOT_A_TRACKER_ORIGIN}/`);
    const reply = await sendFromContentScript(browser, await browser.tabIdOf(page), { type: 'ping' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('is not a tracker site') });
    await page.close();
  });
});
