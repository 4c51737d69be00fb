import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { ExtensionBrowser } from './harness/extension-browser';
import { findChromium } from './harness/find-chromium';
import { type Layout, layoutChanges, readLayout } from './harness/layout-probe';
import { routeOffline } from './harness/offline-routes';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { addSelfHostedSites } from './harness/self-hosted-sites';
import { availableTrackerPages } from './harness/tracker-pages';

declare const chrome: ExtensionApi;

const SELF_HOSTED_LINKED = [
  'jira:jira.example.test/jira:PAY-7',
  'azure-devops:tfs.example.test/tfs/defaultcollection:201',
];

/**
 * Waits until the overlay is still: the same hosts in the same states, and
 * no summary waiting for its count, over a few frames in a row.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
    const state = () =>
      [...document.querySelectorAll('throughline-item, throughline-summary')]
        .map((host) => `${host.getAttribute('data-throughline-item')}=${host.getAttribute('data-throughline-state')}`)
        .join(',');
    let last = state();
    let still = 0;
    const deadline = performance.now() + 8_000;
    while (still < 6 && performance.now() < deadline) {
      await frame();
      const now = state();
      still = now === last && now !== '' ? still + 1 : now === '' ? still + 0.5 : 0;
      last = now;
    }
    await document.fonts.ready;
  });
}

describe('chips that belong: the tracker lays out as it would without Throughline', () => {
  let browser: ExtensionBrowser;
  let plain: Browser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    const sites = await addSelfHostedSites(options);
    expect(sites.refused).toEqual([]);
    // The pack links cloud items only: a Data Center and a Server item too, so that their pages' chips are measured.
    const replies = await options.evaluate(
      (itemIds) =>
        Promise.all(
          itemIds.map((itemId) => chrome.runtime.sendMessage({ type: 'link', itemId, objectiveId: 'ob-grow-2' })),
        ),
      SELF_HOSTED_LINKED,
    );
    expect(replies).toMatchObject(SELF_HOSTED_LINKED.map(() => ({ ok: true })));
    await options.close();
    plain = await chromium.launch({
      executablePath: findChromium() ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await plain?.close();
    await browser?.close();
  });

  async function layoutWithout(url: string): Promise<Layout> {
    const context = await plain.newContext();
    await routeOffline(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    const layout = await readLayout(page);
    await context.close();
    return layout;
  }

  it.for(availableTrackerPages().map((page) => [page.name, page.urls[0]] as const))('%s', async ([, url]) => {
    const without = await layoutWithout(url);
    const page = await browser.context.newPage();
    await page.goto(url);
    await settled(page);
    const withUs = await readLayout(page);
    expect(Object.keys(withUs.boxes).length).toBeGreaterThan(0);
    expect(layoutChanges(without, withUs)).toEqual([]);
    await page.close();
  });
});
