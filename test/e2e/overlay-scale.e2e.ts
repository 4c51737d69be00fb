import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardKeys, jiraAppPage } from '../fixtures/generated/jira-app';
import { ExtensionBrowser } from './harness/extension-browser';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { cardsWithoutOneHost, SUMMARY_AT_LATEST_MS, waitForHostCount, waitForSummary } from './jira/overlay-probe';

const SITE = 'acme.atlassian.net';
/** Apart from the other tests' boards: each describe serves its own. */
const BIG_BOARD = '/jira/software/c/projects/BIG/boards/10';
const SMALL_BOARD = '/jira/software/c/projects/BIG/boards/11';
const BIG = 10_000;
const SMALL = 120;
const BACKLOG_ROWS = 60;
/** The board's cards. */
const CARD = '[id^="card-"]';

type JiraApp = { jiraApp: { go(to: string): void; recreate(count: number, offset?: number): string[] } };

describe('the overlay at tracker scale', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    for (const [path, cards] of [
      [BIG_BOARD, BIG],
      [SMALL_BOARD, SMALL],
    ] as const)
      await browser.context.route(`https://${SITE}${path}**`, (route) =>
        route.fulfill({ body: jiraAppPage({ cards, board: path }), contentType: 'text/html; charset=utf-8' }),
      );
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('annotates a board of 10,000 cards, each card once, and counts them all', async () => {
    const page = await browser.openPage(`https://${SITE}${BIG_BOARD}`);
    await waitForHostCount(page, BIG, 120_000);
    expect(await cardsWithoutOneHost(page, CARD)).toBe(0);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[data-throughline-item]')].map((host) =>
        host.getAttribute('data-throughline-item'),
      ),
    );
    expect(new Set(ids)).toEqual(new Set(boardKeys({ cards: BIG }).map((key) => `jira:${SITE}:${key}`)));
    // The summary waits for every card's facts from the tracker: 10,000 of them, in batches.
    await waitForSummary(page, 180_000);
    expect(await page.locator('[data-throughline-summary]').getAttribute('data-total')).toBe(String(BIG));
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('chips re-created cards before the next frame', async () => {
    const page = await browser.openPage(`https://${SITE}${SMALL_BOARD}`);
    await waitForHostCount(page, SMALL);
    for (let round = 0; round < 10; round++) {
      // Cards re-created in one task as React does; a mutation observer's work runs before the frame that shows them.
      const missing = await page.evaluate(
        ({ offset }) =>
          new Promise<number>((resolve) => {
            const keys = (window as unknown as JiraApp).jiraApp.recreate(10, offset);
            requestAnimationFrame(() =>
              resolve(keys.filter((key) => !document.querySelector(`#card-${key} [data-throughline-item]`)).length),
            );
          }),
        { offset: (round * 10) % SMALL },
      );
      expect(missing, `round ${round}`).toBe(0);
    }
    expect(await cardsWithoutOneHost(page, CARD)).toBe(0);
    await page.close();
  });

  it('keeps one host of its own per card when the page copies cards with their hosts, moves hosts or strips them', async () => {
    const page = await browser.openPage(`https://${SITE}${SMALL_BOARD}`);
    await waitForHostCount(page, SMALL);
    const copiedKeys = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[id^="card-"]')];
      const copies = cards.slice(0, 5).map((card) => {
        // A copy, as a framework's clone or an HTML rebuild makes it: its host has no shadow root of ours.
        const copy = card.cloneNode(true) as Element;
        copy.id = `${card.id}-copy`;
        card.parentElement!.append(copy);
        return card.id.slice('card-'.length);
      });
      const rebuilt = cards[5]!;
      const html = rebuilt.outerHTML;
      rebuilt.outerHTML = html;
      // A host moved to another card, and one whose attributes the page took away.
      const moved = cards[6]!.querySelector('[data-throughline-item]')!;
      cards[7]!.append(moved);
      const stripped = cards[8]!.querySelector('[data-throughline-item]')!;
      stripped.removeAttribute('data-throughline-item');
      stripped.removeAttribute('data-throughline-state');
      return copies;
    });
    await page.waitForFunction(
      (expected) => {
        const cards = [...document.querySelectorAll('[id^="card-"]')];
        return (
          cards.length === expected &&
          cards.every((card) => {
            const hosts = card.querySelectorAll('throughline-item');
            return (
              hosts.length === 1 && hosts[0]!.shadowRoot !== null && hosts[0]!.hasAttribute('data-throughline-state')
            );
          })
        );
      },
      SMALL + copiedKeys.length,
      { timeout: 10_000 },
    );
    const copyIds = await page.evaluate(
      (keys) =>
        keys.map((key) =>
          document.querySelector(`#card-${key}-copy [data-throughline-item]`)?.getAttribute('data-throughline-item'),
        ),
      copiedKeys,
    );
    expect(copyIds).toEqual(copiedKeys.map((key) => `jira:${SITE}:${key}`));
    // What the overlay keeps on its hosts and cards is in its own world: the page sees no property of ours.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[id^="card-"], throughline-item')].flatMap((element) => Object.keys(element)),
      ),
    ).toEqual([]);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('refuses made-up events: the page can neither open the picker nor show a hover card', async () => {
    const page = await browser.openPage(`https://${SITE}${SMALL_BOARD}`);
    await waitForHostCount(page, SMALL);
    await page.waitForSelector('[data-throughline-state="aligned"]', { state: 'attached' });
    const opened = await page.evaluate(async () => {
      const host = document.querySelector('[data-throughline-state="aligned"]')!;
      const chip = host.shadowRoot!.querySelector('[data-tl-action="objective"]')!;
      const add = host.shadowRoot!.querySelector('[data-tl-action="pick"]') as HTMLElement;
      chip.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      chip.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      add.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      add.click();
      (host.closest('[id^="card-"]') as HTMLElement).focus();
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'O', code: 'KeyO', altKey: true, shiftKey: true, bubbles: true }),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      return document.querySelector('throughline-layer')?.shadowRoot?.textContent ?? '';
    });
    expect(opened).toBe('');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('tooltip').count()).toBe(0);

    // The same button, clicked by a person, opens it: the events above were refused, not lost.
    const host = page.locator('[data-throughline-state="aligned"]').first();
    await host.getByRole('button', { name: /Change the objectives of/ }).click();
    await page.getByRole('searchbox', { name: /Search objectives to link/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('keeps DOM nodes and event listeners flat over 200 navigations (counted through CDP)', async () => {
    const page = await browser.openPage(`https://${SITE}${SMALL_BOARD}`);
    const cdp = await browser.context.newCDPSession(page);
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { nodes, listeners: jsEventListeners };
    };
    const go = async (path: string, hosts: number) => {
      await page.evaluate((to) => (window as unknown as JiraApp).jiraApp.go(to), path);
      await waitForHostCount(page, hosts);
    };
    // The summary's bar, drawn by the floating UI once the counts are final, is there for both counts.
    const summaryDrawn = () =>
      page.waitForFunction(
        () => (document.querySelector('[data-throughline-summary]')?.shadowRoot?.childElementCount ?? 0) > 0,
        undefined,
        { timeout: SUMMARY_AT_LATEST_MS },
      );
    await waitForHostCount(page, SMALL);
    // The first visit: board, backlog and board again, so that what is made once exists.
    await go(`${SMALL_BOARD}/backlog`, BACKLOG_ROWS);
    await go(SMALL_BOARD, SMALL);
    await summaryDrawn();
    const first = await counters();
    for (let round = 0; round < 100; round++) {
      await go(`${SMALL_BOARD}/backlog`, BACKLOG_ROWS);
      await go(SMALL_BOARD, SMALL);
    }
    await summaryDrawn();
    const last = await counters();
    expect(last.nodes, `DOM nodes ${first.nodes} → ${last.nodes}`).toBeLessThanOrEqual(first.nodes * 1.1);
    expect(last.listeners, `listeners ${first.listeners} → ${last.listeners}`).toBeLessThanOrEqual(
      first.listeners * 1.1,
    );
    await page.close();
  }, 300_000);
});
