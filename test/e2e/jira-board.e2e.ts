import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardKeys, JIRA_APP_BOARD_PATH, jiraAppPage } from '../fixtures/generated/jira-app';
import { expectedCodes, samplePack } from './harness/expected-alignment';
import { ExtensionBrowser } from './harness/extension-browser';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import {
  readHosts,
  readSummary,
  SUMMARY_AT_LATEST_MS,
  waitForHostCount,
  waitForState,
  waitForSummary,
} from './jira/overlay-probe';

const SITE = 'acme.atlassian.net';
const BOARD_URL = `https://${SITE}${JIRA_APP_BOARD_PATH}`;
const CARDS = 520;
const KEYS = boardKeys({ cards: CARDS });
const idOf = (key: string) => `jira:${SITE}:${key}`;

describe('Jira board overlay', () => {
  let browser: ExtensionBrowser;
  let board: Page;
  // What the sample pack gives each card once the tracker's API has told its labels and parents.
  const codesOf = expectedCodes(samplePack());
  const expected = new Map(KEYS.map((key) => [idOf(key), codesOf(idOf(key))]));
  const alignedCount = [...expected.values()].filter((codes) => codes.length > 0).length;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    await browser.context.route(`${BOARD_URL}**`, (route) =>
      route.fulfill({ body: jiraAppPage({ cards: CARDS }), contentType: 'text/html; charset=utf-8' }),
    );
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    await options.close();
    board = await browser.openPage(BOARD_URL);
    await waitForHostCount(board, CARDS);
    // The summary waits for the facts of every card to come from the tracker.
    await waitForSummary(board);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('annotates every card once, with the objectives the strategy gives it', async () => {
    expect(alignedCount).toBeGreaterThan(0);
    const hosts = await readHosts(board);
    expect(hosts).toHaveLength(CARDS);
    expect(new Set(hosts.map((host) => host.id))).toEqual(new Set(KEYS.map(idOf)));
    for (const host of hosts) {
      const codes = expected.get(host.id)!;
      expect(host.state, host.id).toBe(codes.length > 0 ? 'aligned' : 'unaligned');
      for (const code of codes) expect(host.text, host.id).toContain(code);
      expect(host.holder, `${host.id} sits in its own card`).toBe(host.id.split(':').pop());
    }
  });

  it('shows one summary with the counts over the cards', async () => {
    expect(await readSummary(board)).toEqual({ count: 1, aligned: alignedCount, total: CARDS });
  });

  it('keeps exactly one host per card while 40 cards are removed and re-created', async () => {
    for (let round = 0; round < 5; round++) {
      await board.evaluate(() =>
        (window as unknown as { jiraApp: { recreate(n: number): void } }).jiraApp.recreate(40),
      );
      await board.waitForTimeout(50);
    }
    await waitForHostCount(board, CARDS);
    await board.waitForFunction(
      () =>
        [...document.querySelectorAll('[id^="card-"]')].every(
          (card) => card.querySelectorAll('[data-throughline-item]').length === 1,
        ),
      undefined,
      { timeout: 5_000 },
    );
    const hosts = await readHosts(board);
    expect(new Set(hosts.map((host) => host.id)).size).toBe(CARDS);
    expect(await readSummary(board)).toEqual({ count: 1, aligned: alignedCount, total: CARDS });
  });

  it('links from the picker, shows the chip in a second open tab, and undoes', async () => {
    const target = KEYS.map(idOf).find((id) => expected.get(id)!.length === 0)!;
    const key = target.split(':').pop()!;
    const second = await browser.openPage(BOARD_URL);
    await waitForHostCount(second, CARDS);
    await waitForSummary(second);

    const addButton = board
      .locator(`[data-throughline-item="${target}"]`)
      .getByRole('button', { name: /Link .* to an objective/ });
    // Keyboard first: focusing the card brings its "+ Objective".
    await board.locator(`#card-${key}`).focus();
    await addButton.focus();
    await board.keyboard.press('Enter');
    const search = board.getByRole('searchbox', { name: `Search objectives to link ${key}` });
    await search.waitFor();
    await search.fill('GROW-2');
    await board.keyboard.press('Enter');

    await waitForState(board, target, 'aligned');
    await waitForState(second, target, 'aligned', 1_000);
    expect((await readHosts(second)).find((host) => host.id === target)?.text).toContain('GROW-2');
    expect((await readSummary(board)).aligned).toBe(alignedCount + 1);

    await board.keyboard.press('Escape');
    await board.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await waitForState(board, target, 'unaligned');
    await waitForState(second, target, 'unaligned', 1_000);
    await second.close();
  });

  it('opens the picker with Alt+Shift+O on a focused card', async () => {
    const key = KEYS[7]!;
    await board.locator(`#card-${key}`).focus();
    await board.keyboard.press('Alt+Shift+O');
    await board.getByRole('searchbox', { name: `Search objectives to link ${key}` }).waitFor();
    await board.keyboard.press('Escape');
    await board.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('follows the side panel and SPA navigation without reloads', {
    timeout: SUMMARY_AT_LATEST_MS + 60_000,
  }, async () => {
    const panelKey = KEYS[1]!;
    await board.evaluate(
      (key) => (window as unknown as { jiraApp: { openPanel(k: string): void } }).jiraApp.openPanel(key),
      panelKey,
    );
    await board.waitForFunction(
      (id) => document.querySelector(`aside [data-throughline-item="${id}"]`) !== null,
      idOf(panelKey),
    );
    await board.evaluate(() => (window as unknown as { jiraApp: { closePanel(): void } }).jiraApp.closePanel());
    await board.waitForFunction(() => document.querySelector('aside [data-throughline-item]') === null);

    await board.getByRole('link', { name: 'Backlog' }).click();
    await waitForHostCount(board, 60);
    // The count waits for the backlog's facts in view, at the latest as long as the design lets it.
    await waitForSummary(board, SUMMARY_AT_LATEST_MS);
    const backlog = await readHosts(board);
    expect(backlog.every((host) => host.holder === host.id.split(':').pop())).toBe(true);
    expect((await readSummary(board)).total).toBe(60);

    await board.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'PAY-1', exact: true }).click();
    await waitForHostCount(board, 1);
    const [issue] = await readHosts(board);
    expect(issue?.id).toBe(idOf('PAY-1'));
    expect(issue?.state).toBe(expected.get(idOf('PAY-1'))!.length > 0 ? 'aligned' : 'unaligned');
    expect((await readSummary(board)).count).toBe(0);
  });

  it('raised no page errors', () => {
    expect(browser.errors.of(board)).toEqual([]);
  });
});
