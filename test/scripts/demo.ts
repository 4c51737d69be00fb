import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { importPackThroughUi } from '../e2e/harness/pack-ui';
import { REPO_ROOT, SAMPLE_PACK_PATH } from '../e2e/harness/paths';
import { addSelfHostedSites } from '../e2e/harness/self-hosted-sites';
import { availableTrackerPages, TRACKER_PAGES, unservedFixtures } from '../e2e/harness/tracker-pages';
import { ensureChromium } from './ensure-chromium';

const USAGE = `npm run demo [-- --headless] [-- --screenshot DIR] [-- --no-build]

Builds the extension, opens Chromium with it in a fresh profile, shows the
empty states, imports the sample strategy pack through the options page, adds
the self-hosted Jira Data Center and Azure DevOps Server stand-ins through the Sites section, and opens every
saved tracker page at its real URL (served offline from test/fixtures, the
trackers' APIs answering from test/fixtures/tracker-api-data.ts).
  --headless         no window (needs --screenshot to show anything)
  --screenshot DIR   write a PNG of every page and state (light and dark), then exit
  --no-build         use the last \`npm run build:e2e\` as is`;

/** How long a page may take to be annotated, facts included, before its screenshot is taken anyway. */
const OVERLAY_WAIT_MS = 8_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const headless = values.headless;
  const shots = values.screenshot ? resolve(values.screenshot) : undefined;

  try {
    ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display to show a browser window on. Run headless instead:');
    console.error('  npm run demo -- --headless --screenshot shots');
    return 1;
  }
  if (!values['no-build']) {
    console.log('Building the extension (npm run build:e2e)…');
    const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  if (shots) await mkdir(shots, { recursive: true });

  const browser = await ExtensionBrowser.launch({ headless });
  const shoot = async (page: Page, name: string) => {
    if (!shots) return;
    const path = resolve(shots, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`  wrote ${path}`);
  };

  // Before any strategy: what a newcomer meets first.
  const popupFirst = await browser.openPopup();
  await popupFirst.setViewportSize({ width: 420, height: 640 });
  await shoot(popupFirst, 'empty-popup-not-a-tracker');
  await popupFirst.close();
  const emptyDashboard = await browser.openPage(browser.extensionUrl('dashboard.html'));
  await emptyDashboard
    .getByRole('heading', { name: 'No strategy yet' })
    .waitFor()
    .catch(() => {});
  await shoot(emptyDashboard, 'empty-dashboard');
  await emptyDashboard.close();

  const options = await browser.openOptions();
  await shoot(options, 'empty-workspace');
  if (existsSync(SAMPLE_PACK_PATH)) {
    try {
      console.log(`Options page: ${await importPackThroughUi(options, SAMPLE_PACK_PATH)}`);
    } catch (error) {
      console.error(`Options page: ${(error as Error).message}`);
    }
  } else console.warn(`No sample pack at ${SAMPLE_PACK_PATH}: the workspace stays empty.`);
  const sites = await addSelfHostedSites(options);
  for (const origin of sites.added) console.log(`Sites: added ${origin}`);
  for (const refusal of sites.refused) console.log(`Sites: not added: ${refusal}`);
  if (sites.added.length > 0) await linkOnSelfHostedJira(browser);

  const pages = availableTrackerPages();
  const missing = TRACKER_PAGES.filter((page) => !pages.includes(page));
  if (missing.length > 0) console.log(`Not saved yet, skipped: ${missing.map((page) => page.name).join(', ')}`);
  const unserved = unservedFixtures();
  if (unserved.length > 0)
    console.log(`No URL known, skipped (add them to test/e2e/harness/tracker-pages.ts): ${unserved.join(', ')}`);
  const opened: Page[] = [];
  for (const tracker of pages) {
    console.log(`Opening ${tracker.urls[0]} (${tracker.name})`);
    const page = await browser.openPage(tracker.urls[0]);
    const outcome = await settled(page);
    if (outcome !== 'settled') console.log(`  ${outcome}`);
    await shoot(page, tracker.name.replaceAll('/', '-'));
    opened.push(page);
  }

  const board = opened.find((page) => page.url().includes('/boards/12') && !page.url().includes('selectedIssue'));
  const popup = await browser.openPopup(board ? await browser.tabIdOf(board) : undefined);
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup
    .locator('.page-summary strong')
    .waitFor()
    .catch(() => {});
  await shoot(popup, 'popup');
  if (board) {
    await board.bringToFront();
    await showHoverCard(board);
    await shoot(board, 'jira-cloud-board-hover-card');
    await showPicker(board);
    await shoot(board, 'jira-cloud-board-picker');
    await board.keyboard.press('Escape');
  }

  // Dark mode: the workspace, the popup, the dashboard and a board, as a person with a dark system sees them.
  const dashboard = await browser.openPage(browser.extensionUrl('dashboard.html'));
  await dashboard
    .getByRole('heading', { name: /^Work with no objective/ })
    .waitFor()
    .catch(() => {});
  await shoot(dashboard, 'dashboard');
  for (const [page, name] of [
    [options, 'options'],
    [popup, 'popup'],
    [dashboard, 'dashboard'],
  ] as const) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, `${name}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await options.goto(browser.extensionUrl('options.html#rules'));
  await options
    .getByRole('heading', { name: 'Rules', exact: true })
    .waitFor()
    .catch(() => {});
  await shoot(options, 'options-rules');
  await options.goto(browser.extensionUrl('options.html'));
  // Each section loads its script when shown: the list is drawn a moment after the page loads.
  await options
    .waitForFunction(() => performance.getEntriesByName('throughline:objectives-rendered').length > 0)
    .catch(() => {});
  await shoot(options, 'options');
  if (!headless) await options.bringToFront();

  for (const page of [options, popup, dashboard, ...opened])
    for (const error of browser.errors.of(page)) console.warn(`Page error on ${page.url()}: ${error.message}`);

  if (headless) {
    await browser.close();
    return 0;
  }
  console.log('The browser stays open; close its window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.once('SIGINT', () => done());
  });
  await browser.close();
  return 0;
}

/**
 * Links a Jira Data Center issue from its own page, as a person would, so
 * that the self-hosted pages show a chip beside their "0 of N aligned".
 */
async function linkOnSelfHostedJira(browser: ExtensionBrowser): Promise<void> {
  const tracker = TRACKER_PAGES.find((page) => page.name === 'jira/server-issue');
  if (!tracker) return;
  const issue = await browser.openPage(tracker.urls[0]);
  // The item's site holds the server's context path (`jira.example.test/jira`): matched by its key.
  const host = (state = '') =>
    issue.locator(`[data-throughline-item$=":PAY-7"]${state && `[data-throughline-state="${state}"]`}`);
  try {
    await host().getByRole('button', { name: 'Link PAY-7 to an objective' }).click({ timeout: OVERLAY_WAIT_MS });
    await issue.getByRole('searchbox', { name: 'Search objectives to link PAY-7' }).fill('GROW-2');
    await issue.keyboard.press('Enter');
    await host('aligned').waitFor({ timeout: OVERLAY_WAIT_MS });
    console.log('Jira Data Center: linked PAY-7 to GROW-2 from its page');
  } catch (error) {
    console.error(`Jira Data Center: PAY-7 could not be linked from its page: ${(error as Error).message}`);
  } finally {
    await issue.close();
  }
}

/**
 * Waits until a page is annotated and its facts are in: hosts placed (an
 * unaligned card's host shows nothing until hovered, so it is waited for as
 * present, not visible) and, on a list, the summary, which waits for facts.
 */
async function settled(page: Page): Promise<string> {
  const hosts = page.locator('[data-throughline-item]').first();
  if (
    !(await hosts.waitFor({ state: 'attached', timeout: OVERLAY_WAIT_MS }).then(
      () => true,
      () => false,
    ))
  )
    return 'no work item annotated on this page';
  const listed = await page
    .locator('[data-throughline-summary]')
    .waitFor({ state: 'attached', timeout: OVERLAY_WAIT_MS })
    .then(
      () => true,
      () => false,
    );
  return listed ? 'settled' : 'annotated (one item’s own view, which has no summary)';
}

/** Hovers the first chip of an aligned card, which opens its hover card. */
async function showHoverCard(page: Page): Promise<void> {
  const chip = page.locator('[data-throughline-state="aligned"]').first().getByRole('button').first();
  await chip.hover().catch(() => {});
  await page
    .getByRole('tooltip')
    .waitFor({ timeout: 2_000 })
    .catch(() => {});
}

/** Opens the picker of an unaligned card from the keyboard. */
async function showPicker(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const card = page.locator('[data-throughline-state="unaligned"]').first().locator('..');
  await card.hover().catch(() => {});
  await page
    .locator('[data-throughline-state="unaligned"]')
    .first()
    .getByRole('button', { name: /to an objective/ })
    .click()
    .catch(() => {});
  await page
    .getByRole('searchbox')
    .waitFor({ timeout: 2_000 })
    .catch(() => {});
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
