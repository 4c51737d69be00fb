import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REALISTIC_BOARD_PATH, REALISTIC_CARD, realisticBoardPage } from '../fixtures/generated/realistic-board';
import { ExtensionBrowser } from './harness/extension-browser';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { cardsWithoutOneHost, waitForHostCount } from './jira/overlay-probe';

const ORIGIN = 'https://acme.atlassian.net';
const CARDS = 2000;
const PLAIN = `${ORIGIN}${REALISTIC_BOARD_PATH}`;
const WITH_SCRIPT = `${ORIGIN}${REALISTIC_BOARD_PATH}?widget`;
/** Where the third of the board's five columns begins: the parser has 800 cards behind it there. */
const THIRD_COLUMN =
  '<div data-testid="platform-board-kit.ui.column.draggable-column.styled-wrapper" class="css-col" data-column-id="2"';
/** An inline script, as analytics and chat widgets have, appending to the body while the board is still parsed. */
const WIDGET_SCRIPT = '<script>document.body.appendChild(document.createElement("aside")).id = "widget";</script>';

const FLOOR =
  "for (const footer of document.querySelectorAll('[data-testid$=\"card-content.footer\"]')) footer.append(document.createElement('span'));";

/**
 * A board of 2,000 live-sized cards in the page's HTML, which the overlay
 * reads as the browser parses it, following the parser rather than
 * recording each node it adds (lib/overlay/page-changes.ts).
 */
describe('a big board the browser parses', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    // Without the benchmark's floor, which adds an element to every card at DOMContentLoaded: a card the overlay
    // missed while the page parsed would be read then, and the test would not tell.
    const board = realisticBoardPage({ cards: CARDS, header: true });
    expect(board).toContain(FLOOR);
    const html = board.replace(FLOOR, '');
    const at = html.indexOf(THIRD_COLUMN);
    expect(at).toBeGreaterThan(0);
    const withScript = `${html.slice(0, at)}${WIDGET_SCRIPT}${html.slice(at)}`;
    await browser.context.route(`${PLAIN}**`, (route) =>
      route.fulfill({
        body: new URL(route.request().url()).search === '?widget' ? withScript : html,
        contentType: 'text/html; charset=utf-8',
      }),
    );
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives every card one host as it is parsed', async () => {
    const page = await browser.openPage(PLAIN);
    await waitForHostCount(page, CARDS, 60_000);
    expect(await cardsWithoutOneHost(page, REALISTIC_CARD)).toBe(0);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('still gives every card one host when a script appends to the body while the parser is inside the board', async () => {
    const page = await browser.openPage(WITH_SCRIPT);
    await waitForHostCount(page, CARDS, 60_000);
    expect(await page.evaluate(() => document.getElementById('widget') !== null)).toBe(true);
    expect(await cardsWithoutOneHost(page, REALISTIC_CARD)).toBe(0);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
