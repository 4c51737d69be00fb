import { afterAll, beforeAll, describe, it } from 'vitest';
import { ExtensionBrowser } from './harness/extension-browser';
import { availableTrackerPages } from './harness/tracker-pages';

describe('saved tracker pages at their real URLs', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Concurrent: most of each test is waiting for the page and its content script.
  it.concurrent.for(availableTrackerPages().flatMap((page) => page.urls.map((url) => [page.name, url] as const)))(
    '%s opens at %s without page errors',
    async ([, url], { expect }) => {
      const page = await browser.context.newPage();
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      // Give the content script time to start and scan; an exception in the host page would surface meanwhile.
      await page.waitForTimeout(300);
      expect(browser.errors.of(page).map(String)).toEqual([]);
      await page.close();
    },
  );
});
