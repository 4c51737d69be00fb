import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { seriousViolations } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { NOT_A_TRACKER_ORIGIN } from './harness/fixture-hosts';
import { importPackThroughUi, launchWithSamplePack } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { readHosts, readSummary, waitForHostCount, waitForState, waitForSummary } from './jira/overlay-probe';

declare const chrome: Browser;

const BOARD_URL = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12';
const NO_MATCH_URL = 'https://acme.atlassian.net/jira/dashboards/10001';
const BOARD_HOSTS = 32;
const POPUP_WIDTH = 400;

/**
 * What every popup state must satisfy: no serious or critical axe finding in
 * light and dark, and nothing wider than the popup's 400 px.
 */
async function checkPopupState(popup: Page): Promise<void> {
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await seriousViolations(popup), colorScheme).toEqual([]);
  }
  const overflow = await popup.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

const poll = <T>(read: () => Promise<T>, timeout = 5_000) => expect.poll(read, { timeout });
const summaryText = (popup: Page) => popup.locator('.page-summary strong').textContent();
/** The list of work serving no objective, or the list under one objective's heading (its code first). */
const unalignedList = (popup: Page) => popup.getByRole('list', { name: /^Not aligned/ });
const objectiveList = (popup: Page, code: string) => popup.getByRole('list', { name: new RegExp(`^${code} · `) });
const keysIn = (list: ReturnType<Page['getByRole']>) => list.locator('.key').allTextContents();
/** Every list of the popup's work items, in the order they are shown. */
const allLists = (popup: Page) => popup.locator('.item-group ul.items');

describe('the popup on a Jira board', () => {
  let browser: ExtensionBrowser;
  let board: Page;
  let popup: Page;
  beforeAll(async () => {
    browser = await launchWithSamplePack();
    board = await browser.openPage(BOARD_URL);
    await waitForHostCount(board, BOARD_HOSTS);
    await waitForSummary(board);
    popup = await browser.openPopup(await browser.tabIdOf(board));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the page's unaligned items first, then the aligned ones under each objective, and how many are aligned", async () => {
    await poll(() => summaryText(popup)).toBe('16 of 32 aligned');
    await poll(async () => (await keysIn(unalignedList(popup))).length).toBe(16);
    // Unaligned first; then one list per objective, by code, CX before GROW before OPS, GROW-2 before GROW-3.
    const headings = await allLists(popup).evaluateAll((lists) =>
      lists.map((list) => {
        const heading = document.getElementById(list.getAttribute('aria-labelledby')!)!;
        return heading.querySelector('.code')?.textContent ?? heading.textContent!;
      }),
    );
    expect(headings[0]).toMatch(/^Not aligned/);
    const codes = headings.slice(1);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(codes).toContain('GROW-2');
    // Every item is listed, an item serving two objectives under both.
    const listed = new Set(await popup.locator('.item-group .key').allTextContents());
    expect(listed.size).toBe(BOARD_HOSTS);
    expect(await keysIn(objectiveList(popup, 'GROW-2'))).toContain('PAY-1');
    expect(await keysIn(unalignedList(popup))).not.toContain('PAY-1');
    // The objective is shown in full: code, title and the shared progress wording.
    const heading = popup.getByRole('heading', { level: 3, name: /^GROW-2 · / });
    expect(await heading.textContent()).toMatch(/^GROW-2Increase self-serve revenue· \d+% to target/);
    await checkPopupState(popup);
    expect(browser.errors.of(popup)).toEqual([]);
  });

  it('filters the items by key, title or objective, and offers to link only what is shown', async () => {
    const filter = popup.getByRole('searchbox', { name: 'Filter work items' });
    await filter.fill('grow-2');
    await poll(() => unalignedList(popup).count()).toBe(0);
    expect(await popup.getByRole('button', { name: /^Link all/ }).count()).toBe(0);
    const grow2 = await keysIn(objectiveList(popup, 'GROW-2'));
    expect(grow2).toContain('PAY-1');

    await filter.fill('PAY-14');
    await poll(() => keysIn(unalignedList(popup))).toEqual(['PAY-14']);
    await popup.getByRole('button', { name: 'Link the 1 unaligned shown to…' }).waitFor();
    expect(await allLists(popup).count()).toBe(1);

    await filter.fill('zzqxv');
    await popup.getByText('No work item on this page matches “zzqxv”.').waitFor();
    await checkPopupState(popup);
    await popup.getByRole('button', { name: 'Clear the filter' }).click();
    await poll(async () => (await keysIn(unalignedList(popup))).length).toBe(16);
    expect(await filter.inputValue()).toBe('');
  });

  it('links one item, the chip appears on the page, and undo takes it away', async () => {
    const unaligned = unalignedList(popup).getByRole('listitem').first();
    const key = (await unaligned.locator('.key').textContent())!;
    const id = `jira:acme.atlassian.net:${key}`;
    await popup.getByRole('button', { name: `Link ${key} to objectives` }).click();
    await popup.getByRole('searchbox', { name: `Search objectives to link ${key}` }).fill('CX-1');
    await checkPopupState(popup);
    await popup.keyboard.press('Enter');
    await waitForState(board, id, 'aligned');
    const host = (await readHosts(board)).find((candidate) => candidate.id === id);
    expect(host?.text).toContain('CX-1');
    await poll(() => summaryText(popup)).toBe('17 of 32 aligned');

    await popup.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await waitForState(board, id, 'unaligned');
    await poll(() => summaryText(popup)).toBe('16 of 32 aligned');
    await popup.getByRole('button', { name: 'Done' }).click();
  });

  it('links all unaligned items at once, and one undo restores them all on the page and in the popup', async () => {
    await popup.getByRole('button', { name: 'Link all 16 unaligned to…' }).click();
    await popup.getByRole('searchbox', { name: 'Search objectives to link 16 items' }).fill('OPS-3');
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Linked 16 items to OPS-3' }).waitFor();
    await poll(async () => (await readSummary(board)).aligned).toBe(BOARD_HOSTS);
    await poll(() => summaryText(popup)).toBe('32 of 32 aligned');

    await popup.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await poll(async () => (await readSummary(board)).aligned).toBe(16);
    await poll(() => summaryText(popup)).toBe('16 of 32 aligned');
    expect((await readHosts(board)).filter((host) => host.state === 'aligned')).toHaveLength(16);
    expect(browser.errors.of(board)).toEqual([]);
  });

  it('creates an objective on the spot, ready to link to', async () => {
    await popup.getByRole('button', { name: 'New objective' }).click();
    const form = popup.getByRole('form', { name: 'New objective' });
    await form.getByLabel('Code').fill('GROW-9');
    await form.getByLabel('Title').fill('Win back lapsed customers');
    await checkPopupState(popup);
    await form.getByRole('button', { name: 'Create' }).click();
    await form.waitFor({ state: 'detached' });
    const listed = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'listObjectives' }));
    const codes = (listed as { data: { objectives: { code: string }[] } }).data.objectives.map((o) => o.code);
    expect(codes).toContain('GROW-9');

    const key = (await unalignedList(popup).locator('.key').first().textContent())!;
    await popup.getByRole('button', { name: `Link ${key} to objectives` }).click();
    await popup.getByRole('searchbox', { name: `Search objectives to link ${key}` }).fill('GROW-9');
    await popup.getByRole('option', { name: /GROW-9/ }).waitFor();
    await popup.keyboard.press('Escape');
    expect(browser.errors.of(popup)).toEqual([]);
  });
});

describe('the popup where there is nothing to show', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for a strategy on a fresh profile, instead of counting and offering to link to nothing', async () => {
    const board = await browser.openPage(BOARD_URL);
    await waitForHostCount(board, BOARD_HOSTS);
    const popup = await browser.openPopup(await browser.tabIdOf(board));
    await popup.getByRole('heading', { name: 'Import or create a strategy' }).waitFor();
    await popup.getByText(`Throughline found ${BOARD_HOSTS} work items on this page.`, { exact: false }).waitFor();
    await popup.getByRole('button', { name: 'Open the workspace' }).waitFor();
    await popup.getByRole('button', { name: 'Create an objective' }).waitFor();
    expect(await popup.locator('.page-summary').count()).toBe(0);
    expect(await popup.getByRole('button', { name: /^Link/ }).count()).toBe(0);
    await checkPopupState(popup);
    // The page keeps its counts for whoever reads them, and says nothing: no "0 of 32 aligned" with no strategy.
    const summary = board.locator('[data-throughline-summary]');
    expect(await summary.getAttribute('data-total')).toBe(String(BOARD_HOSTS));
    expect(await summary.evaluate((host) => host.shadowRoot?.textContent ?? '')).toBe('');
    expect(await board.getByRole('button', { name: /aligned/ }).count()).toBe(0);
    await popup.close();
    await board.close();
  });

  it('says a page is not a tracker page', async () => {
    const page = await browser.openPage(`${NOT_A_TRACKER_ORIGIN}/`);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByRole('heading', { name: 'Not a tracker page' }).waitFor();
    await checkPopupState(popup);
    await popup.close();
    await page.close();
  });

  it('says a tracker page holds no work items', async () => {
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    await options.close();
    const page = await browser.openPage(NO_MATCH_URL);
    await page.waitForLoadState('load');
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByRole('heading', { name: 'No work items found' }).waitFor();
    await checkPopupState(popup);
    expect(browser.errors.of(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says Throughline is off on a tracker turned off in Settings, rather than that the page has no items', async () => {
    const board = await browser.openPage(BOARD_URL);
    await waitForHostCount(board, BOARD_HOSTS);
    const popup = await browser.openPopup(await browser.tabIdOf(board));
    const settings = async (trackers: string[]) =>
      expect(
        await popup.evaluate(
          (trackers) => chrome.runtime.sendMessage({ type: 'saveSettings', settings: { trackers } }),
          trackers,
        ),
      ).toMatchObject({ ok: true });
    await poll(() => popup.locator('.item-group .key').count()).toBeGreaterThanOrEqual(BOARD_HOSTS);
    await settings(['asana', 'azure-devops']);
    await waitForHostCount(board, 0);
    // A popup opens afresh each time; the one already open may have read the page before its overlay turned off.
    await popup.reload();
    await popup.getByRole('heading', { name: 'Throughline is off on Jira' }).waitFor({ timeout: 5_000 });
    expect(await popup.getByRole('link', { name: 'Open Settings' }).getAttribute('href')).toMatch(
      /^chrome-extension:\/\/[a-z]+\/options\.html#settings$/,
    );
    await checkPopupState(popup);
    await settings(['jira', 'asana', 'azure-devops']);
    await waitForHostCount(board, BOARD_HOSTS);
    await popup.reload();
    await poll(() => popup.locator('.item-group .key').count()).toBeGreaterThanOrEqual(BOARD_HOSTS);
    await popup.close();
    await board.close();
  });
});
