import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';

declare const chrome: Browser;

/**
 * Runs `use` in a workspace tab opened for it, then closes the tab. Left
 * open, it stayed in view while the boards loaded (headless Chromium counts
 * every tab visible), and read the objectives with work again after every
 * batch of facts a board stored: a person's workspace behind the board's tab
 * is hidden, and waits (lib/workspace/use-refreshing.ts). The 20,000-card
 * board's last hosts came 6.1–8.8 s after DOMContentLoaded with it open,
 * 5.6–6.6 s without (three alternating runs each).
 */
export async function withWorkspace(browser: ExtensionBrowser, use: (options: Page) => Promise<void>): Promise<void> {
  const options = await browser.openOptions();
  try {
    await use(options);
  } finally {
    await options.close();
  }
}

/** Replaces the catalogue with `pack`, through the background, from an extension page. */
export async function importPack(page: Page, pack: unknown): Promise<void> {
  const reply = await page.evaluate(
    (pack) => chrome.runtime.sendMessage({ type: 'importPack', pack, mode: 'replace' }),
    pack,
  );
  if (!(reply as { ok: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(reply).slice(0, 500)}`);
}
