import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { accessibilityViolations } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { importInput, openPackSection } from './harness/pack-ui';

// Functions passed to the service worker run there; this names its `chrome` for the type checker.
declare const chrome: Browser;

describe('the built extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs its service worker', async () => {
    const worker = await browser.serviceWorker();
    expect(worker.url()).toBe(browser.extensionUrl('background.js'));
  });

  it('is named Throughline', async () => {
    const name = await browser.inServiceWorker(() => chrome.runtime.getManifest().name, undefined);
    expect(name).toBe('Throughline');
  });

  it('takes every user-visible manifest string from _locales', async () => {
    const strings = await browser.inServiceWorker(() => {
      const manifest = chrome.runtime.getManifest();
      return {
        title: manifest.action?.default_title,
        description: manifest.description,
        resolved: chrome.i18n.getMessage('actionTitle'),
      };
    }, undefined);
    // getManifest() answers with the _locales strings put in place of __MSG_…__.
    expect(strings.title).toBe(strings.resolved);
    expect(strings.resolved).toMatch(/^Throughline: /);
    expect(strings.description).toMatch(/objective/);
  });

  it('asks only for the permissions it uses', async () => {
    const permissions = await browser.inServiceWorker(() => chrome.runtime.getManifest().permissions, undefined);
    expect([...(permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'scripting']);
  });

  it('ships the pack JSON Schema where its $id says it is published', async () => {
    const schema = await browser.inServiceWorker(
      async () => (await fetch(chrome.runtime.getURL('schemas/pack-v2.schema.json'))).json(),
      undefined,
    );
    expect(schema.$id).toBe('https://throughline.app/schemas/pack-v2.schema.json');
    expect(schema.properties.format.const).toBe('throughline.pack');
  });

  // Each file an extension page waits for is a request to the browser, and those requests, more than running the
  // code, were most of the time before the page's first render (build/page-builds.ts).
  it.each(['popup', 'options', 'dashboard', 'report'])(
    'opens the %s page with one script and one stylesheet, the script importing nothing at once',
    async (name) => {
      const loads = await browser.inServiceWorker(async (page) => {
        const html = await (await fetch(chrome.runtime.getURL(`${page}.html`))).text();
        const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
        const script = scripts.length === 1 ? await (await fetch(chrome.runtime.getURL(scripts[0]!))).text() : '';
        return {
          scripts: scripts.length,
          preloads: html.match(/rel="modulepreload"/g)?.length ?? 0,
          stylesheets: html.match(/rel="stylesheet"/g)?.length ?? 0,
          staticImports: script.match(/\bimport\s*[{*\w][^;(]*?from\s*["']|\bimport\s*["']/g)?.length ?? 0,
          dynamicImports: script.match(/\bimport\(/g)?.length ?? 0,
        };
      }, name);
      expect(loads).toMatchObject({ scripts: 1, preloads: 0, stylesheets: 1, staticImports: 0 });
      if (name === 'options') expect(loads.dynamicImports).toBeGreaterThan(0);
    },
  );

  it('renders the options page with the pack import and export in their own section', async () => {
    const page = await browser.openOptions();
    expect(await page.title()).toMatch(/· Throughline workspace$/);
    await page.getByRole('heading', { level: 1, name: 'Throughline workspace' }).waitFor();
    // Import and export are not on every section, pushing it down: they have one of their own.
    expect(await importInput(page).count()).toBe(0);
    await openPackSection(page);
    expect(await page.title()).toBe('Strategy pack · Throughline workspace');
    expect(await importInput(page).getAttribute('type')).toBe('file');
    expect(await importInput(page).getAttribute('accept')).toContain('.json');
    await page.getByLabel('Pack URL', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Subscribe', exact: true }).waitFor();
    expect(browser.errors.of(page)).toEqual([]);
  });

  it('does not offer to export an empty workspace, and says why', async () => {
    const page = await browser.openOptions('pack');
    const exportButton = page.getByRole('button', { name: 'Export strategy pack' });
    // Disabled at once while the workspace is counted; the reason comes once it is known to be empty.
    await expect.poll(() => exportButton.getAttribute('aria-describedby')).not.toBeNull();
    expect(await exportButton.isDisabled()).toBe(true);
    const reason = await exportButton.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${reason}"]`).textContent()).toBe(
      'Nothing to export yet: the workspace holds no themes, objectives, links or rules.',
    );
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations on the options page (%s)', async (scheme) => {
    const page = await browser.openOptions('pack');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'Export strategy pack' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
