import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleInBothSchemes, seriousViolations } from './harness/accessibility';
import type { ExtensionBrowser } from './harness/extension-browser';
import { launchWithSamplePack } from './harness/pack-ui';

/** Sections whose own e2e file runs axe on them in light and dark, in the states it drives. */
const CHECKED_ELSEWHERE = {
  '#objectives': 'catalogue.e2e.ts',
  '#themes': 'catalogue.e2e.ts',
  '#sites': 'sites.e2e.ts',
  '#links': 'links.e2e.ts',
  '#pack': 'pack-refusals.e2e.ts and sharing.e2e.ts',
  '#data': 'sharing.e2e.ts',
};
const CHECKED_HERE = ['#rules', '#settings', '#dashboard'];

/**
 * The rest of the workspace, with a strategy in it: no serious or critical
 * axe finding in light or dark. Every section the sidebar lists is checked
 * here or in its own file, so a new section fails this test until it is.
 */
describe('the workspace, section by section, in light and dark', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithSamplePack();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The check every file relies on finds what it should: in the page, in a frame, and only within the part named.
  it('finds a serious finding where there is one', async () => {
    const page = await browser.context.newPage();
    await page.setContent(
      '<main><h1>Check</h1><button></button><p id="ok">Fine text</p>' +
        '<iframe title="Inner" srcdoc="<main><input type=text></main>"></iframe></main>',
    );
    await page.frameLocator('iframe').locator('input').waitFor();
    const found = await seriousViolations(page);
    expect(found.some((line) => line.startsWith('button-name:'))).toBe(true);
    expect(found.some((line) => line.startsWith('label:') && line.includes('iframe'))).toBe(true);
    expect(await seriousViolations(page, '#ok')).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility finding in its sections or search results', async () => {
    const page = await browser.openOptions();
    const hrefs = await page
      .getByRole('navigation', { name: 'Workspace' })
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.sort()).toEqual([...Object.keys(CHECKED_ELSEWHERE), ...CHECKED_HERE].sort());
    for (const href of [...CHECKED_HERE, '#search/pay']) {
      await page.goto(browser.extensionUrl(`options.html${href}`));
      await page.locator('main h2').first().waitFor();
      await expectAccessibleInBothSchemes(page, href);
    }
    expect(browser.errors.of(page).map(String)).toEqual([]);
    await page.close();
  });
});
