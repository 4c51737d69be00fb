import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { importPackThroughUi } from '../e2e/harness/pack-ui';
import { REPO_ROOT, SAMPLE_PACK_PATH } from '../e2e/harness/paths';
import { availableTrackerPages, TRACKER_PAGES, unservedFixtures } from '../e2e/harness/tracker-pages';
import { ensureChromium } from './ensure-chromium';

const USAGE = `npm run demo [-- --headless] [-- --screenshot DIR] [-- --no-build]

Builds the extension, opens Chromium with it in a fresh profile, imports the
sample strategy pack through the options page and opens every saved tracker
page at its real URL (served offline from test/fixtures).
  --headless         no window (needs --screenshot to show anything)
  --screenshot DIR   write a PNG of every page, the popup and the options page, then exit
  --no-build         use the last \`npm run build:e2e\` as is`;

/** How long a page may take to be annotated before its screenshot is taken anyway. */
const OVERLAY_WAIT_MS = 3_000;

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

  const options = await browser.openOptions();
  if (existsSync(SAMPLE_PACK_PATH)) {
    try {
      console.log(`Options page: ${await importPackThroughUi(options, SAMPLE_PACK_PATH)}`);
    } catch (error) {
      console.error(`Options page: ${(error as Error).message}`);
    }
  } else console.warn(`No sample pack at ${SAMPLE_PACK_PATH}: the workspace stays empty.`);

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
    await page
      .locator('[data-throughline-item]')
      .first()
      .waitFor({ timeout: OVERLAY_WAIT_MS })
      .catch(() => console.log('  no work item annotated on this page'));
    await shoot(page, tracker.name.replaceAll('/', '-'));
    opened.push(page);
  }

  const first = opened[0];
  const popup = await browser.openPopup(first ? await browser.tabIdOf(first) : undefined);
  await popup.setViewportSize({ width: 420, height: 640 });
  await shoot(popup, 'popup');
  await shoot(options, 'options');
  if (!headless) await options.bringToFront();

  for (const page of [options, popup, ...opened])
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
