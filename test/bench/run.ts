/**
 * `npm run bench`: the budgets of DESIGN.md measured in real Chromium with the
 * production build loaded. Prints figures; it is not part of the test suite
 * because timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { parsePackText } from '../../lib/model/parse-pack';
import { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { REPO_ROOT, SAMPLE_PACK_PATH } from '../e2e/harness/paths';
import { JIRA_APP_BOARD_PATH, jiraAppPage } from '../fixtures/generated/jira-app';
import { benchBoardFacts, benchResolver } from './facts';
import { benchHistory } from './history';
import { benchPacks } from './packs';
import { largePack } from './seed';
import { formatSpread, ms, spread, verdict } from './stats';
import { benchWorkspace } from './workspace';

declare const chrome: Browser;

const RUNS = 7;
const CARDS = 2000;
const RECREATED = 50;
const BOARD_URL = `https://acme.atlassian.net${JIRA_APP_BOARD_PATH}`;
const PROD_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');

const report: string[] = [];
const line = (text: string) => {
  report.push(text);
  console.log(text);
};

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  reportSizes();

  const browser = await ExtensionBrowser.launch({ extensionDir: PROD_DIR });
  try {
    await browser.context.route(`${BOARD_URL}**`, (route) =>
      route.fulfill({ body: jiraAppPage({ cards: CARDS }), contentType: 'text/html; charset=utf-8' }),
    );
    const options = await browser.openOptions();
    const sample = readFileSync(SAMPLE_PACK_PATH, 'utf8');
    await importPack(options, JSON.parse(sample));
    // `npm run bench -- board` (or lookup, pages, facts, packs, history) runs one part.
    const only = process.argv[2];
    if (!only || only === 'board') await benchBoard(browser);
    if (!only || only === 'lookup') await benchLookup(options, sample);
    if (!only || only === 'pages') await benchWorkspace(browser, line);
    if (!only || only === 'packs') await benchPacks(browser, line);
    if (!only || only === 'facts') {
      benchResolver(line);
      await benchBoardFacts(browser, line);
    }
    if (!only || only === 'history') await benchHistory(browser, line);
  } finally {
    await browser.close();
  }
}

function reportSizes(): void {
  line('## Size (production build, gzipped)');
  const dir = resolve(PROD_DIR, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = gzipSync(readFileSync(resolve(dir, file))).length;
    line(`- content script ${file}: ${(bytes / 1024).toFixed(1)} KB (budget 25 KB: ${verdict(bytes, 25 * 1024)})`);
  }
  for (const file of ['background.js']) {
    const bytes = gzipSync(readFileSync(resolve(PROD_DIR, file))).length;
    line(`- ${file}: ${(bytes / 1024).toFixed(1)} KB`);
  }
  for (const file of readdirSync(resolve(PROD_DIR, 'chunks')).filter((name) =>
    /^(popup|options|dashboard)-/.test(name),
  )) {
    const bytes = gzipSync(readFileSync(resolve(PROD_DIR, 'chunks', file))).length;
    line(`- page chunk ${file}: ${(bytes / 1024).toFixed(1)} KB`);
  }
}

async function importPack(options: Page, pack: unknown): Promise<void> {
  const reply = await options.evaluate(
    (pack) => chrome.runtime.sendMessage({ type: 'importPack', pack, mode: 'replace' }),
    pack,
  );
  if (!(reply as { ok: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);
}

/** Main-world probe: when the page shows `count` hosts, remember the time. */
function probe(count: number): void {
  const target = window as unknown as { __annotatedAt?: number };
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('[data-throughline-item]').length >= count) {
      target.__annotatedAt = performance.now();
      observer.disconnect();
    }
  });
  // Init scripts run before the document has an element to observe.
  observer.observe(document, { childList: true, subtree: true });
}

async function benchBoard(browser: ExtensionBrowser): Promise<void> {
  line('');
  line(`## Board of ${CARDS.toLocaleString('en')} cards (Jira, database warm)`);
  const page = await browser.context.newPage();
  // tsx names functions with an `__name` helper that does not exist in the page.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(probe, CARDS);
  const ours: number[] = [];
  const floors: number[] = [];
  const longest: number[] = [];
  const phases = { scan: [] as number[], render: [] as number[] };
  for (let run = 0; run <= RUNS; run++) {
    await page.goto(BOARD_URL);
    await page.waitForFunction(
      () => (window as unknown as { __annotatedAt?: number }).__annotatedAt !== undefined,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const figures = await page.evaluate(() => {
      const start = performance.getEntriesByName('throughline:start')[0]?.startTime ?? Number.NaN;
      const annotatedAt = (window as unknown as { __annotatedAt: number }).__annotatedAt;
      const work = performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('throughline:'));
      // The floor: the same number of plain elements inserted with no logic at all.
      const floorStart = performance.now();
      for (const footer of document.querySelectorAll('[data-testid$="card-content.footer"]'))
        footer.append(document.createElement('span'));
      const floor = performance.now() - floorStart;
      const firstScan = work.find((entry) => entry.name === 'throughline:scan');
      return {
        elapsed: annotatedAt - start,
        floor,
        longest: Math.max(...work.map((entry) => entry.duration)),
        scan: firstScan?.duration ?? Number.NaN,
        render: annotatedAt - ((firstScan?.startTime ?? Number.NaN) + (firstScan?.duration ?? 0)),
      };
    });
    // The first load warms the database and the service worker.
    if (run === 0) continue;
    ours.push(figures.elapsed);
    floors.push(figures.floor);
    longest.push(figures.longest);
    phases.scan.push(figures.scan);
    phases.render.push(figures.render);
  }
  const annotated = spread(ours);
  const floor = spread(floors);
  line(
    `- every card annotated after script start: ${formatSpread(annotated)}; budget 150 ms: ${verdict(annotated.median, 150)}`,
  );
  line(
    `  of which: first scan ${ms(spread(phases.scan).median)}, then the background's answer and placing the hosts ${ms(spread(phases.render).median)} (medians)`,
  );
  line(`- floor (one plain element per card, no logic): ${formatSpread(floor)}`);
  line(`- ratio to the floor: ${(annotated.median / floor.median).toFixed(1)}×`);
  line(
    `- longest single piece of our work while annotating: ${formatSpread(spread(longest))}; budget 50 ms: ${verdict(spread(longest).median, 50)}`,
  );

  const recreate: number[] = [];
  const recreateLongest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const figures = await page.evaluate(
      async ({ count, offset }) => {
        performance.clearMeasures();
        const app = (window as unknown as { jiraApp: { recreate(n: number, offset: number): string[] } }).jiraApp;
        const keys = app.recreate(count, offset);
        await new Promise<void>((done) => {
          const check = () =>
            keys.every((key) => document.getElementById(`card-${key}`)?.querySelector('[data-throughline-item]'))
              ? done()
              : requestAnimationFrame(check);
          check();
        });
        const work = performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('throughline:'));
        return {
          total: work.reduce((sum, entry) => sum + entry.duration, 0),
          longest: Math.max(...work.map((entry) => entry.duration)),
        };
      },
      { count: RECREATED, offset: run * 200 },
    );
    recreate.push(figures.total);
    recreateLongest.push(figures.longest);
  }
  const again = spread(recreate);
  line(
    `- ${RECREATED} re-created cards annotated, our main-thread script: ${formatSpread(again)}; budget 16 ms: ${verdict(again.median, 16)}`,
  );
  line(`- longest single piece of our work then: ${formatSpread(spread(recreateLongest))}`);
  await page.close();
}

async function benchLookup(options: Page, sample: string): Promise<void> {
  line('');
  line('## Background lookup: 2,000 items against 100,000 stored links');
  const parsed = parsePackText(sample);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await importPack(options, largePack(parsed.pack, 1000, 100_000));
  const ids = Array.from({ length: 2000 }, (_, index) =>
    index % 4 === 0
      ? `jira:acme.atlassian.net:LOAD${(index * 50) % 50}-${index * 50}`
      : `jira:acme.atlassian.net:PAY-${index}`,
  );
  const timings = await options.evaluate(
    async ({ ids, runs }) => {
      const items = ids.map((id) => ({ id }));
      const result: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'annotate', items });
        if (!(reply as { ok: boolean }).ok) throw new Error(JSON.stringify(reply));
        if (run > 0) result.push(performance.now() - start);
      }
      return result;
    },
    { ids, runs: RUNS },
  );
  const lookup = spread(timings);
  line(
    `- annotate round trip from an extension page (message + lookup): ${formatSpread(lookup)}; budget 25 ms: ${verdict(lookup.median, 25)}`,
  );
  line(`  (${ms(lookup.median)} includes messaging; the lookup alone is less)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
