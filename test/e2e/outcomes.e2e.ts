import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { expectAccessibleInBothSchemes } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';
import { pdfTitles } from './harness/pdf-outline';
import { readSummary, waitForHostCount } from './jira/overlay-probe';

declare const chrome: Browser;

const BOARD_URL = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12';
const BOARD_HOSTS = 32;
const SNAPSHOT_ALARM = 'throughline:snapshot';
/** The test's days: the browser runs on the first, second and fourth, not on the third. */
const DAY_1 = '2026-12-14';
const DAY_2 = '2026-12-15';
const DAY_4 = '2026-12-17';
/** A day as the report writes it: in the browser's locale, Playwright's en-US. */
const dayInPage = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const NOW = new Date(`${DAY_4}T10:00:00`);

/** The e2e build's hooks in the service worker (lib/messages/background-main.ts). */
interface TestHooks {
  setNow(iso: string): Promise<void>;
  fireAlarm(name: string): Promise<void>;
}

const poll = <T>(read: () => Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

/** The stored history, read the way the dashboard reads it. */
function storedHistory(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ day: string; seen: number; aligned: number; reasons: Record<string, number>; targets: string[] }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('throughline');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('snapshots').objectStore('snapshots').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(
                request.result.map(
                  (snapshot: {
                    day: string;
                    seen: number;
                    aligned: number;
                    reasons: Record<string, number>;
                    targets: { targetId: string }[];
                  }) => ({
                    day: snapshot.day,
                    seen: snapshot.seen,
                    aligned: snapshot.aligned,
                    reasons: snapshot.reasons,
                    targets: snapshot.targets.map((state) => state.targetId),
                  }),
                ),
              );
            };
          };
        },
      ),
  );
}

/** Sends a request from an extension page, as the workspace would. */
async function request(page: Page, message: unknown): Promise<void> {
  const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), message);
  expect(reply).toMatchObject({ ok: true });
}

/** Opens an extension page with its clock at the test's "now", so what it computes agrees with the background. */
async function openAtNow(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(browser.extensionUrl(path));
  return page;
}

/** Presses a download button and parses the CSV it saves. */
async function downloadedCsv(page: Page, button: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile(await download.path(), 'utf8');
  const parsed = Papa.parse<string[]>(text.trim());
  expect(parsed.errors).toEqual([]);
  return { name: download.suggestedFilename(), rows: parsed.data };
}

/** A table's header and rows as text, as the page shows them. */
function tableText(page: Page, sectionId: string) {
  return page
    .locator(`#${sectionId} table tr`)
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

describe('outcomes, history and the steering report', () => {
  let browser: ExtensionBrowser;
  let workspace: Page;
  let board: Page;

  /** A day the browser runs: the background's clock on that day, and the hourly alarm firing. */
  const runOn = (day: string) =>
    browser.inServiceWorker(
      async ({ day, alarm }) => {
        const hooks = (globalThis as unknown as { throughlineTest: TestHooks }).throughlineTest;
        await hooks.setNow(`${day}T10:00:00`);
        await hooks.fireAlarm(alarm);
      },
      { day, alarm: SNAPSHOT_ALARM },
    );

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    workspace = await browser.openOptions();
    // The browser start took a snapshot of its real day, empty; the test's days begin with an empty history.
    // The clock moves to the first day before that snapshot goes: a worker the browser restarts from
    // then on takes up the test's day, and its start adds no snapshot of the real one.
    await workspace.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('throughline');
          open.onsuccess = () => {
            const count = open.result.transaction('snapshots').objectStore('snapshots').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result === 1);
            };
          };
        }),
      undefined,
      { timeout: 15_000 },
    );
    await browser.inServiceWorker(
      (day) => (globalThis as unknown as { throughlineTest: TestHooks }).throughlineTest.setNow(`${day}T08:00:00`),
      DAY_1,
    );
    await workspace.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('throughline');
          open.onsuccess = () => {
            const clear = open.result.transaction('snapshots', 'readwrite').objectStore('snapshots').clear();
            clear.onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await importPackThroughUi(workspace, SAMPLE_PACK_PATH);
    board = await browser.openPage(BOARD_URL);
    await waitForHostCount(board, BOARD_HOSTS);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes one snapshot a day on the days the browser runs, and invents none for a missed day', async () => {
    // The overlay records the board's items a moment after showing them.
    await poll(() =>
      workspace.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('throughline');
            open.onsuccess = () => {
              const count = open.result.transaction('seenItems').objectStore('seenItems').count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
      ),
    ).toBe(BOARD_HOSTS);
    // The epics' and labels' facts arrive after the chips: the first snapshot waits until the board counts them.
    await poll(async () => (await readSummary(board)).aligned, 15_000).toBe(16);
    await runOn(DAY_1);
    // Day 2: a new check-in of self-serve revenue, and one more board item linked.
    await request(workspace, {
      type: 'saveRecord',
      list: 'measurements',
      record: { id: 'ms-e2e-1', targetId: 'bt-self-serve-revenue', value: 1_300_000, at: DAY_2, confidence: 0.9 },
    });
    await request(workspace, { type: 'link', itemId: 'jira:acme.atlassian.net:PAY-9', objectiveId: 'ob-grow-1' });
    await runOn(DAY_2);
    await runOn(DAY_2);
    // The browser stops the worker when it likes: a restarted worker is still on the test's day, and adds
    // no snapshot of the real one.
    await browser.restartServiceWorker(workspace);
    // Day 3 the browser does not run. Day 4: an objective with work and no benefit target, and a target
    // nobody has checked in yet.
    await request(workspace, {
      type: 'saveRecord',
      list: 'objectives',
      record: {
        id: 'ob-grow-9',
        code: 'GROW-9',
        title: 'Open a second warehouse',
        themeId: 'th-growth',
        status: 'active',
      },
    });
    await request(workspace, { type: 'link', itemId: 'jira:acme.atlassian.net:PAY-10', objectiveId: 'ob-grow-9' });
    await request(workspace, {
      type: 'saveRecord',
      list: 'benefitTargets',
      record: {
        id: 'bt-marketplace',
        objectiveId: 'ob-grow-1',
        name: 'Marketplace revenue',
        unit: 'EUR',
        kind: 'financial',
        direction: 'increase',
        baseline: 0,
        target: 2_000_000,
        dueDate: '2027-06-30',
      },
    });
    await runOn(DAY_4);

    const history = await storedHistory(workspace);
    expect(history.map((snapshot) => [snapshot.day, snapshot.seen, snapshot.aligned])).toEqual([
      [DAY_1, 32, 16],
      // PAY-9 already served an objective through its epic: linking it adds a reason, not an aligned item.
      [DAY_2, 32, 16],
      [DAY_4, 32, 17],
    ]);
    expect(history.map((snapshot) => snapshot.reasons)).toEqual([
      { link: 13, inherited: 2, rule: 1 },
      { link: 14, inherited: 2, rule: 1 },
      { link: 15, inherited: 2, rule: 1 },
    ]);
    // Every target on the first day; afterwards only the ones whose latest check-in changed.
    expect(history[0]!.targets).toHaveLength(11);
    expect(history[1]!.targets).toEqual(['bt-self-serve-revenue']);
    expect(history[2]!.targets).toEqual(['bt-marketplace']);
  });

  it('says what the number on a chip is, the same on the page, in the popup and in the hover card', async () => {
    const grow2 = board.locator('[data-tl-objective="ob-grow-2"]').first();
    // 60% of self-serve revenue (1.3M of 1M→1.5M) and 40% of self-serve share: a mean of 50%.
    await poll(() => grow2.textContent()).toBe('GROW-2· 50% to target!');
    expect(await grow2.getAttribute('aria-label')).toBe(
      'GROW-2 · Increase self-serve revenue, 50% to target (mean of 2 benefit targets); 3 outcome warnings: at risk, behind pace',
    );
    // The Nordic storefront's only target was last checked in on 30 September: stale, and a marker says so.
    const grow3 = board.locator('[data-tl-objective="ob-grow-3"]').first();
    expect(await grow3.locator('.stale-mark').textContent()).toBe('stale');
    expect(await grow3.getAttribute('data-warnings')).toBe('behind-pace stale-check-in');
    const grow9 = board.locator('[data-tl-objective="ob-grow-9"]').first();
    await poll(() => grow9.getAttribute('data-warnings')).toBe('no-target');

    const popup = await browser.openPopup(await browser.tabIdOf(board));
    const popupChip = popup.locator('.chip').filter({ hasText: 'GROW-2' }).first();
    await popupChip.waitFor();
    // The popup shows the objective in full: its title too, then the same words as the chip on the page.
    expect(await popupChip.locator('.chip-face').textContent()).toMatch(
      /^GROW-2\s*Increase self-serve revenue\s*· 50% to target\s*!$/,
    );
    expect(await popupChip.locator('.visually-hidden').textContent()).toBe(await grow2.getAttribute('aria-label'));
    const warnings = popup.getByRole('region', { name: /^Outcome warnings/ });
    expect(await warnings.locator('li[data-warning="no-target"]').textContent()).toContain(
      'GROW-9 has work but no benefit target',
    );
    const addTarget = warnings
      .locator('li[data-warning="no-target"]')
      .getByRole('link', { name: 'Add a benefit target' });
    expect(await addTarget.getAttribute('href')).toBe(browser.extensionUrl('options.html#objective/ob-grow-9'));
    await popup.setViewportSize({ width: 400, height: 700 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await expectAccessibleInBothSchemes(popup);
    await popup.close();

    // The hover card says the same, and its warning leads to the workspace, in a new tab.
    await grow9.hover();
    const card = board.getByRole('tooltip', { name: 'GROW-9 details' });
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('GROW-9');
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Add a benefit target' }).click(),
    ]);
    await opened.waitForURL(browser.extensionUrl('options.html#objective/ob-grow-9'));
    await opened.getByRole('heading', { name: 'Outcome warnings' }).waitFor();
    await opened.close();
    await grow2.hover();
    await board.getByRole('tooltip', { name: 'GROW-2 details' }).getByText('GROW-2 · 50% to target').waitFor();
  });

  it('lists each kind of outcome warning on the dashboard, with what to do and where', async () => {
    const dashboard = await openAtNow(browser, 'dashboard.html');
    const panel = dashboard.locator('#outcome-warnings');
    await panel.locator('li[data-warning]').first().waitFor();
    const kinds = {
      'at-risk': ['CX-2', 'GROW-2'],
      'behind-pace': ['CX-1', 'CX-2', 'GROW-1', 'GROW-2', 'GROW-3', 'OPS-3'],
      'no-target': ['GROW-9'],
      'no-check-in': ['GROW-1'],
      'stale-check-in': ['GROW-3', 'OPS-3'],
    };
    for (const [kind, codes] of Object.entries(kinds)) {
      await dashboard.getByLabel('Show', { exact: true }).selectOption(kind);
      const listed = await panel
        .locator('.warned-objectives > li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-objective')));
      expect(listed, kind).toEqual(codes);
    }
    await dashboard.getByLabel('Show', { exact: true }).selectOption('all');
    // Both of GROW-2's targets and both of OPS-3's are behind (one out of its band): two warnings each.
    const total = Object.values(kinds).reduce((sum, codes) => sum + codes.length, 0) + 2;
    expect(await panel.locator('li[data-warning]').count()).toBe(total);
    expect(
      await dashboard.locator('.figure').filter({ hasText: 'Outcome warnings' }).locator('.figure-value').textContent(),
    ).toBe(String(total));

    // The stale check-in's "Record a check-in" opens the target on its objective's page, its form focused.
    const stale = panel.locator('li[data-warning="stale-check-in"]').filter({ hasText: 'Monthly Nordic orders' });
    expect(await stale.textContent()).toContain('last checked in 78 days ago');
    await stale.getByRole('link', { name: 'Record a check-in' }).click();
    await dashboard.waitForURL(browser.extensionUrl('options.html#objective/ob-grow-3/bt-nordic-orders'));
    await poll(() => dashboard.evaluate(() => document.activeElement?.id)).toBe('check-in-bt-nordic-orders-value');
    await dashboard.close();
  });

  it('draws the trends from the snapshots, each with a text alternative and its data', async () => {
    const dashboard = await openAtNow(browser, 'dashboard.html');
    const trends = dashboard.locator('#trends');
    const alignment = trends.locator('figure').filter({ hasText: 'Share of seen work aligned' });
    await alignment.locator('canvas').waitFor();
    const caption = alignment.locator('figcaption');
    expect(await caption.textContent()).toBe(
      `Share of seen work aligned, overall and per tracker. 3 snapshots from ${dayInPage(DAY_1)} to ${dayInPage(DAY_4)}. All trackers from 50% to 53%; Jira from 50% to 53%.`,
    );
    expect(await alignment.getByRole('img').getAttribute('aria-labelledby')).toBe(await caption.getAttribute('id'));
    await alignment.getByText('Show the data').click();
    // The table is built when first opened.
    await poll(() => alignment.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent))).toEqual([
      `${DAY_1}50%50%`,
      `${DAY_2}50%50%`,
      `${DAY_4}53%53%`,
    ]);
    const themes = trends.locator('figure').filter({ hasText: 'Share of seen work by theme' });
    expect(await themes.locator('figcaption').textContent()).toMatch(/Profitable growth from \d+% to \d+%/);

    await dashboard.getByLabel('Benefit target', { exact: true }).selectOption('bt-self-serve-revenue');
    const target = trends.locator('figure').filter({ hasText: 'Self-serve revenue against its pace' });
    await target.locator('canvas').waitFor();
    expect(await target.locator('figcaption').textContent()).toMatch(
      /^Self-serve revenue\. 3 snapshots from .*\. Value from 1\.25M EUR to 1\.3M EUR\. The straight-line pace to the target expects 1\.4\dM EUR by the last day\. Latest confidence 90%\.$/,
    );

    // The dashboard's figures equal the board's own summary for the same work.
    const summary = await readSummary(board);
    const jira = dashboard.locator('.coverage-table .tracker-row').filter({ hasText: 'Jira' });
    expect((await jira.locator('td').allTextContents()).slice(0, 3)).toEqual([
      String(summary.total),
      String(summary.aligned),
      expect.stringContaining(`${Math.round((summary.aligned / summary.total) * 100)}%`),
    ]);
    await expectAccessibleInBothSchemes(dashboard);
    expect(browser.errors.of(dashboard).map(String)).toEqual([]);
    await dashboard.close();
  });

  it('lists work with no objective by site, a page at a time, to open or link (with undo)', async () => {
    const dashboard = await openAtNow(browser, 'dashboard.html');
    const site = dashboard.getByRole('region', { name: /^Jira · acme\.atlassian\.net/ });
    await site.waitFor();
    const rows = site.locator('.work-item');
    const unaligned = BOARD_HOSTS - 17;
    expect(await site.getByRole('heading').textContent()).toBe(`Jira · acme.atlassian.net (${unaligned})`);
    expect(await rows.count()).toBe(unaligned);
    const first = rows.first();
    const key = (await first.locator('.work-key').textContent())!;
    // Titles first, the key and what was seen after.
    expect(await first.locator(':scope > span').first().getAttribute('class')).toBe('work-title');
    expect(await first.getByRole('link', { name: `Open ${key} in Jira (new tab)` }).getAttribute('target')).toBe(
      '_blank',
    );

    await first.getByRole('button', { name: `Link to… an objective, for ${key}` }).click();
    const dialog = dashboard.getByRole('dialog', { name: `Link ${key} to an objective` });
    await dialog.getByRole('searchbox').fill('GROW-3');
    await dialog.getByRole('searchbox').press('Enter');
    await dashboard
      .getByRole('status')
      .filter({ hasText: `Linked ${key} to GROW-3.` })
      .waitFor();
    await poll(() => rows.count()).toBe(unaligned - 1);
    await dashboard.getByRole('button', { name: 'Undo' }).click();
    await poll(() => rows.count()).toBe(unaligned);
    expect(browser.errors.of(dashboard).map(String)).toEqual([]);
    await dashboard.close();
  });

  it('prints the steering report, as a PDF with its headings, and its tables as CSV', async () => {
    const report = await openAtNow(browser, `report.html?from=${DAY_1}&to=${DAY_4}`);
    const headline = report.locator('#headline');
    await headline.locator('table').waitFor();
    await report.locator('#unaligned table').waitFor();
    // The report takes today's snapshot as it opens; the figures settle once it is stored.
    await poll(() => tableText(report, 'headline')).toEqual([
      ['Figure', `At the start (${dayInPage(DAY_1)})`, `Now (${dayInPage(DAY_4)})`, 'Change'],
      ['Work items seen', '32', '32', '±0'],
      ['Aligned items', '16', '17', '+1'],
      ['Share aligned', '50%', '53%', '+3 points'],
      ['Objectives in play', '7', '8', '+1'],
      ['Objectives with no work', '0', '0', '±0'],
      ['Outcome warnings', '12', '14', '+2'],
      ['Mean benefit progress', expect.stringMatching(/%$/), expect.stringMatching(/%$/), expect.any(String)],
    ]);
    expect(await tableText(report, 'at-risk')).toContainEqual([
      'CX-2',
      'Make returns effortless',
      'Customers for life',
      'Aisha Bello',
      '33% to target',
      expect.stringMatching(/^Marked at risk; Days to refund a return: behind pace/),
    ]);

    // Each table's CSV holds what the table shows.
    for (const [section, suffix] of [
      ['headline', 'headline'],
      ['at-risk', 'objectives-at-risk'],
      ['warnings', 'outcome-warnings'],
      ['unaligned', 'unaligned-work'],
    ] as const) {
      const csv = await downloadedCsv(
        report,
        report.locator(`#${section}`).getByRole('button', { name: /^Download CSV/ }),
      );
      expect(csv.name).toBe(`throughline-${DAY_1}-to-${DAY_4}-${suffix}.csv`);
      const shown = (await tableText(report, section)).map((row) => row.map((cell) => cell.replace(/,(?=\d{3})/g, '')));
      expect(csv.rows, section).toEqual(shown);
    }
    const history = await downloadedCsv(
      report,
      report.getByRole('button', { name: 'Download the snapshot history (CSV)' }),
    );
    const [header, ...rows] = history.rows;
    expect(header).toEqual([
      'day',
      'span',
      'scope',
      'id',
      'name',
      'seen',
      'aligned',
      'by inherited',
      'by link',
      'by rule',
      'value',
      'checked in',
      'confidence',
    ]);
    expect(rows.filter((row) => row[2] === 'all').map((row) => [row[0], row[5], row[6], row[8]])).toEqual([
      [DAY_1, '32', '16', '13'],
      [DAY_2, '32', '16', '14'],
      [DAY_4, '32', '17', '15'],
    ]);
    expect(rows).toContainEqual([
      DAY_2,
      'day',
      'target',
      'bt-self-serve-revenue',
      '',
      '',
      '',
      '',
      '',
      '',
      '1300000',
      DAY_2,
      '0.9',
    ]);

    // One theme: its own figures.
    await report.locator('.report-choice').getByLabel('Theme').selectOption('th-growth');
    await poll(() => report.locator('#headline tbody tr th').allTextContents()).toEqual([
      'Work items seen',
      'Items serving Profitable growth',
      'Share of seen work serving Profitable growth',
      'Mean benefit progress',
    ]);
    await poll(async () => report.url()).toContain('theme=th-growth');
    await expectAccessibleInBothSchemes(report);

    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('.report-controls').isVisible()).toBe(false);
    expect(
      await report
        .getByRole('button', { name: /^Download CSV/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await report.getByRole('heading', { name: 'Objectives at risk' }).isVisible()).toBe(true);
    const pdf = await report.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfTitles(pdf)).toEqual(
      expect.arrayContaining([
        'Steering report',
        'Headline figures',
        'Trends',
        'Objectives at risk',
        'Outcome warnings',
        'Largest unaligned work by tracker',
      ]),
    );
    expect(browser.errors.of(report).map(String)).toEqual([]);
    await report.close();
  });

  it('edits a check-in and undoes the edit; the dashboard is in the workspace navigation', async () => {
    const page = await openAtNow(browser, 'options.html#objective/ob-grow-3');
    const history = page.locator('.check-in-history');
    await page.getByRole('button', { name: 'Edit the check-in of Sep 30, 2026 (2,900 orders)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the check-in of Sep 30, 2026' });
    await dialog.getByLabel('Value (orders)').fill('3100');
    await dialog.getByLabel('Confidence (%)').fill('80');
    await dialog.getByLabel('Note').fill('Corrected after the audit');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await poll(() => history.locator('tbody tr').first().textContent()).toBe(
      'Sep 30, 20263,100 orders80%Corrected after the auditEditDelete',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => history.locator('tbody tr').first().textContent()).toBe(
      'Sep 30, 20262,900 orders50%Finance to confirm the September figure.EditDelete',
    );

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Alignment dashboard' }).waitFor();
    await page.locator('#outcome-warnings li[data-warning]').first().waitFor();
    // A link to a section further down stays in the workspace's dashboard.
    await page.getByRole('link', { name: 'What needs doing' }).click();
    expect(new URL(page.url()).hash).toBe('#dashboard');
    await expectAccessibleInBothSchemes(page);
    expect(browser.errors.of(page).map(String)).toEqual([]);
    await page.close();
  });
});
