import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { findChromium } from './find-chromium';
import { routeOffline } from './offline-routes';
import { PageErrors } from './page-errors';
import { E2E_EXTENSION_DIR } from './paths';
import { TrackerApi } from './tracker-api';

// Functions passed to the service worker run there, where Chrome's promise-based
// `chrome` has the polyfill's shape; this names it for the type checker only.
declare const chrome: Browser;

export interface LaunchOptions {
  /** Headless by default; the demo shows the browser. */
  headless?: boolean;
  extensionDir?: string;
  /** The browser's language (`de-DE`…), which the extension pages format dates and numbers in; Playwright's default otherwise. */
  locale?: string;
  /** More Chromium switches: the benchmark asks for exact heap figures. */
  args?: readonly string[];
}

/**
 * Chromium with the built extension loaded into a fresh profile, every
 * request served offline from fixtures, and helpers to reach the
 * extension's pages and its service worker.
 */
export class ExtensionBrowser {
  readonly errors: PageErrors;

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    /** The browser's fresh profile: its processes are the ones whose command line names it, and their children. */
    readonly profileDir: string,
    /** The trackers' REST APIs, answering from fixture data; tests make them fail and count requests. */
    readonly api: TrackerApi,
  ) {
    this.errors = new PageErrors(context);
  }

  static async launch({
    headless = true,
    extensionDir = E2E_EXTENSION_DIR,
    locale,
    args = [],
  }: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const executablePath = findChromium();
    if (!executablePath)
      throw new Error(
        'No Chromium-family browser found: run `npx tsx test/scripts/ensure-chromium.ts`, or set CHROME_PATH.',
      );
    const profileDir = await mkdtemp(join(tmpdir(), 'throughline-e2e-'));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath,
        // Chromium since 132 has only the new headless mode, which loads extensions.
        headless,
        // Playwright passes --disable-extensions; --disable-extensions-except still lets ours load.
        args: [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          ...args,
        ],
        acceptDownloads: true,
        locale,
      });
      await routeOffline(context);
      const api = new TrackerApi();
      await api.install(context);
      const worker =
        context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
          throw new Error(
            `The extension in ${extensionDir} did not start in ${executablePath}: is it built (npm run build:e2e)? Branded Google Chrome 137+ ignores --load-extension; use Chromium.`,
          );
        }));
      const extensionId = new URL(worker.url()).host;
      return new ExtensionBrowser(context, extensionId, profileDir, api);
    } catch (error) {
      await context?.close();
      await rm(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** The running service worker; a stopped one is woken by opening an extension page's port to it. */
  async serviceWorker(): Promise<Worker> {
    const running = this.context.serviceWorkers().find((worker) => worker.url().startsWith(this.extensionUrl('')));
    return running ?? (await this.context.waitForEvent('serviceworker'));
  }

  /**
   * Stops the service worker, as the browser does with an idle one whenever
   * it likes, and wakes it with a message from `page` (an extension page).
   * Answers once the new worker's start is done (the e2e build's hook).
   */
  async restartServiceWorker(page: Page): Promise<void> {
    await this.inServiceWorker(() => Object.assign(globalThis, { beforeRestart: true }), undefined);
    const cdp = await this.context.newCDPSession(page);
    try {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    } finally {
      await cdp.detach();
    }
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    const restarted = await this.inServiceWorker(async () => {
      await (globalThis as unknown as { throughlineTest: { started: Promise<void> } }).throughlineTest.started;
      return !('beforeRestart' in globalThis);
    }, undefined);
    if (!restarted) throw new Error('The service worker was still the same one after it was stopped.');
  }

  /** Runs a function in the service worker, where `chrome.*` is the extension's full API. */
  async inServiceWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const worker = await this.serviceWorker();
    // Playwright types the argument as it arrives after serialization; plain data arrives unchanged.
    return worker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  async openPage(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  /** The workspace, at one of its sections (`links`, `objective/ob-grow-2`…) when given. */
  openOptions(section?: string): Promise<Page> {
    return this.openPage(this.extensionUrl(section ? `options.html#${section}` : 'options.html'));
  }

  /** The popup in a tab of its own; `tabId` names the tracker tab it should describe. */
  openPopup(tabId?: number): Promise<Page> {
    return this.openPage(this.extensionUrl(tabId === undefined ? 'popup.html' : `popup.html?tabId=${tabId}`));
  }

  /** The browser's id of the tab showing a page, as the extension APIs know it. */
  async tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const id = await this.inServiceWorker(async (href) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === href)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profileDir, { recursive: true, force: true });
  }
}
