import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import type { Pack, PackInput } from '../../lib/model/pack';
import { seenColumns } from '../../lib/model/seen-columns';
import { expectAccessibleInBothSchemes } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';

// Functions passed to the page run in the extension's origin; this names its `chrome` for the type checker.
declare const chrome: Browser;

async function importSample(browser: ExtensionBrowser): Promise<void> {
  const pack = await browser.openOptions('pack');
  await importPackThroughUi(pack, SAMPLE_PACK_PATH);
  await pack.close();
}

/** The whole catalogue, asked of the background as the export does; without the export time, which always differs. */
async function storedPack(page: Page): Promise<Omit<Pack, 'exportedAt'>> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'exportPack' }))) as {
    ok: boolean;
    data: { pack: Pack };
  };
  expect(reply.ok).toBe(true);
  const { exportedAt: _exportedAt, ...pack } = reply.data.pack;
  return pack;
}

const dialog = (page: Page) => page.getByRole('dialog');
const objectiveRow = (page: Page, code: string) =>
  page.locator('.objective-row').filter({ has: page.getByRole('link', { name: new RegExp(`^${code} `) }) });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

describe('the catalogue on an empty profile', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on Objectives with an empty state that offers an import or a first objective', async () => {
    const page = await browser.openOptions();
    await page.getByRole('heading', { level: 2, name: 'Objectives' }).waitFor();
    expect(await page.getByRole('link', { name: 'Objectives', exact: true }).getAttribute('aria-current')).toBe('page');
    await page.getByText('No objectives yet.').waitFor();
    expect(await page.getByRole('link', { name: 'Import a strategy pack' }).getAttribute('href')).toBe('#pack');
    await page.getByRole('button', { name: 'Create the first objective' }).waitFor();
    await expectAccessibleInBothSchemes(page, 'the empty objectives list');
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('creates a theme, an objective, a benefit target and a check-in, and shows the chart and the progress', async () => {
    const page = await browser.openOptions('themes');
    await page.getByText('No themes yet.').waitFor();
    await page.getByRole('button', { name: 'New theme' }).click();
    await page.getByLabel('Name').fill('Profitable growth');
    await expectAccessibleInBothSchemes(page, 'the theme form');
    await page.getByRole('button', { name: 'Create theme' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await page.locator('.theme-list').getByText('Profitable growth').waitFor();

    await page.getByRole('link', { name: 'Objectives', exact: true }).click();
    await page.getByRole('button', { name: 'Create the first objective' }).click();
    await dialog(page).getByRole('heading', { name: 'New objective' }).waitFor();
    await page.getByLabel('Code').fill('GROW-2');
    await page.getByLabel('Title').fill('Increase self-serve revenue');
    await page.getByLabel('Theme').selectOption({ label: 'Profitable growth' });
    await page.getByLabel('Owner').fill('Dana Smith');
    await page.getByLabel('Start').fill('2026-01-01');
    await page.getByLabel('End').fill('2026-12-31');
    await page.getByLabel('Strategy document URL').fill('https://intranet.example.com/strategy/grow-2');
    await page.getByRole('button', { name: 'Create objective' }).click();

    // A new objective opens in detail, its heading focused, waiting for its first target.
    const heading = page.getByRole('heading', { level: 2, name: 'GROW-2 · Increase self-serve revenue' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText('No benefit targets yet.').waitFor();
    expect(
      await page.getByRole('link', { name: 'https://intranet.example.com/strategy/grow-2' }).getAttribute('target'),
    ).toBe('_blank');

    await page.getByRole('button', { name: 'Add benefit target' }).click();
    await page.getByLabel('Name').fill('Self-serve revenue');
    await page.getByLabel('Unit').fill('EUR');
    await page.getByLabel('Kind').selectOption('financial');
    await page.getByLabel('Direction').selectOption('increase');
    await page.getByLabel('Baseline').fill('1000000');
    await page.getByLabel('Target', { exact: true }).fill('1500000');
    await page.getByLabel('Due date').fill('2026-12-31');
    await expectAccessibleInBothSchemes(page, 'the benefit target form');
    await page.getByRole('button', { name: 'Add benefit target' }).last().click();
    const panel = page.getByRole('region', { name: 'Self-serve revenue' });
    await panel.getByText('No check-ins yet.').waitFor();

    // The date starts at today, in the user's time zone.
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(await panel.getByLabel('Date').inputValue()).toBe(today);
    await panel.getByLabel('Value (EUR)').fill('1310000');
    await panel.getByLabel('Date').fill('2026-10-31');
    await panel.getByLabel('Confidence (%)').fill('70');
    await panel.getByLabel('Note').fill('Q3 close');
    await panel.getByRole('button', { name: 'Record check-in' }).click();

    const chart = panel.getByRole('figure');
    await chart.locator('canvas').first().waitFor();
    const image = chart.getByRole('img');
    const alternative = 'Self-serve revenue: 1.31M EUR on Oct 31, 2026, 62% of the way from 1M to 1.5M.';
    expect(await image.getAttribute('aria-labelledby')).toBeTruthy();
    await expect.poll(() => chart.locator('figcaption').textContent()).toBe(alternative);
    expect(await page.getByRole('img', { name: alternative }).count()).toBe(1);
    await panel.getByText('1.3M EUR, 62% to target').waitFor();
    const history = panel.getByRole('table', { name: /History of Self-serve revenue/ });
    expect(await history.getByRole('row').nth(1).textContent()).toContain('70%');

    // Stored as the pack format has it: confidence as a fraction.
    const pack = await storedPack(page);
    expect(pack.measurements).toEqual([
      expect.objectContaining({ value: 1_310_000, at: '2026-10-31', confidence: 0.7, note: 'Q3 close' }),
    ]);
    expect(pack.objectives[0]).toMatchObject({ code: 'GROW-2', themeId: pack.themes[0]!.id, owner: 'Dana Smith' });

    // A second check-in draws a trend toward the due date.
    await panel.getByLabel('Value (EUR)').fill('1150000');
    await panel.getByLabel('Date').fill('2026-08-31');
    await panel.getByRole('button', { name: 'Record check-in' }).click();
    await expect.poll(() => chart.locator('figcaption').textContent()).toContain('2 check-ins from Aug 31, 2026');
    await chart.getByText('Trend').waitFor();
    await expectAccessibleInBothSchemes(page, 'the objective detail');

    await page.getByRole('link', { name: '← All objectives' }).click();
    const row = objectiveRow(page, 'GROW-2');
    await row.waitFor();
    expect(await row.textContent()).toContain('62%');
    expect(await page.getByRole('heading', { level: 3, name: 'Profitable growth' }).count()).toBe(1);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('shows what is wrong beside each field of an invalid form and saves nothing', async () => {
    const page = await browser.openOptions('objectives');
    const before = await storedPack(page);
    await page.getByRole('button', { name: 'New objective' }).click();
    await page.getByLabel('Code').fill('GROW 3');
    await page.getByLabel('Start').fill('2026-12-31');
    await page.getByLabel('End').fill('2026-01-01');
    await page.getByLabel('Strategy document URL').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Create objective' }).click();

    const code = page.getByLabel('Code');
    await page.getByText('Code must be 1–24 letters, digits, "-" or "_"').waitFor();
    await page.getByText('Title must not be empty').waitFor();
    await page.getByText('End must not end before it starts').waitFor();
    await page.getByText('Strategy document URL must be an http:// or https:// address').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.getAttribute('aria-describedby')).toContain('objective-form-code-error');
    // The first field with a problem takes the focus.
    await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessibleInBothSchemes(page, 'the objective form with problems');

    // Corrected fields lose their message as the user types; the database's refusal shows at its field.
    await code.fill('grow-2');
    await expect.poll(() => page.getByText(/^Code must be/).count()).toBe(0);
    await page.getByLabel('Title').fill('Duplicate');
    await page.getByLabel('Start').fill('');
    await page.getByLabel('End').fill('');
    await page.getByLabel('Strategy document URL').fill('');
    await page.getByRole('button', { name: 'Create objective' }).click();
    await page.getByText('Code "grow-2" is already used by objective "Increase self-serve revenue"').waitFor();
    expect(await storedPack(page)).toEqual(before);

    // Escape closes the dialog and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('New objective');

    // A benefit target's target must lie beyond its baseline in its direction.
    await page.getByRole('link', { name: /^GROW-2 / }).click();
    await page.getByRole('button', { name: 'Add benefit target' }).click();
    await page.getByLabel('Name').fill('Cost per order');
    await page.getByLabel('Baseline').fill('7.8');
    await page.getByLabel('Target', { exact: true }).fill('6');
    await page.getByRole('button', { name: 'Add benefit target' }).last().click();
    await page.getByText('Target must be above the baseline for an increase').waitFor();
    await page.getByLabel('Direction').selectOption('keep-within');
    await page
      .getByText('Upper bound (target) must be the upper bound of the band (baseline is the lower bound)')
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    const panel = page.getByRole('region', { name: 'Self-serve revenue' });
    await panel.getByLabel('Confidence (%)').fill('150');
    await panel.getByRole('button', { name: 'Record check-in' }).click();
    await panel.getByText('Value (EUR) must be a number').waitFor();
    await panel.getByText('Confidence (%) must be a percentage from 0 to 100').waitFor();
    expect(await storedPack(page)).toEqual(before);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('deletes a check-in and brings it back', async () => {
    const page = await browser.openOptions('objectives');
    await page.getByRole('link', { name: /^GROW-2 / }).click();
    const panel = page.getByRole('region', { name: 'Self-serve revenue' });
    await panel.getByRole('button', { name: 'Delete the check-in of Oct 31, 2026 (1.31M EUR)' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the check-in of Oct 31, 2026.' }).waitFor();
    await expect.poll(() => panel.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.getByRole('table').getByRole('row').count()).toBe(3);
    expect((await storedPack(page)).measurements).toHaveLength(2);
    await page.close();
  });

  it('keeps the layout in one column at 400 px', async () => {
    const page = await browser.openOptions('objectives');
    await page.setViewportSize({ width: 400, height: 800 });
    await objectiveRow(page, 'GROW-2').waitFor();
    // The section's own content: wide tables scroll inside their own box instead of widening the page.
    const overflow = () =>
      page.evaluate(() => {
        const main = document.querySelector('main')!;
        const page = document.documentElement;
        return Math.max(main.scrollWidth - main.clientWidth, page.scrollWidth - page.clientWidth);
      });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: /^GROW-2 / }).click();
    await page.getByRole('figure').locator('canvas').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the catalogue with the sample pack', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    await importSample(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists objectives by theme, nested under their parents, with progress', async () => {
    const page = await browser.openOptions('objectives');
    await objectiveRow(page, 'GROW-2').waitFor();
    const themes = await page.locator('.objective-catalogue').getByRole('heading', { level: 3 }).allTextContents();
    expect(themes).toEqual(['Customers for life', 'Operational excellence', 'Profitable growth']);
    // GROW-2 sits in the list under GROW-1.
    const nested = page.locator('.objective-node', { has: objectiveRow(page, 'GROW-1') }).locator('.objective-tree');
    expect(await nested.getByRole('link', { name: /^GROW-2 / }).count()).toBe(1);
    expect(await objectiveRow(page, 'OPS-4').textContent()).toContain('No benefit targets');
    await expectAccessibleInBothSchemes(page, 'the objectives list');
    await page.close();
  });

  it('filters by theme and status, and archives with a way back', async () => {
    const page = await browser.openOptions('objectives');
    await objectiveRow(page, 'GROW-2').waitFor();
    const codes = () => page.locator('.objective-code').allTextContents();
    const all = await codes();

    await page.getByLabel('Theme').selectOption({ label: 'Operational excellence' });
    expect((await codes()).every((code) => code.startsWith('OPS-'))).toBe(true);
    await page.getByLabel('Status').selectOption('achieved');
    expect(await codes()).toEqual(['OPS-4']);
    await page.getByLabel('Status').selectOption('draft');
    await page.getByLabel('Theme').selectOption({ label: 'Customers for life' });
    await page.getByText('No objectives match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await codes()).toEqual(all);

    // Archive and Delete wait in the row's menu, behind Edit; the keyboard reaches them as well as the mouse.
    const more = page.getByRole('button', { name: 'More actions for GROW-3' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More actions for GROW-3' });
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Archive', 'Delete']);
    await expect.poll(() => focusedText(page)).toBe('Archive');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Delete');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Archive');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => more.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Archive');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Archived GROW-3.' }).waitFor();
    await expect.poll(codes).not.toContain('GROW-3');
    await page.getByLabel('Show archived').check();
    await objectiveRow(page, 'GROW-3').getByText('Archived', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'More actions for GROW-3' }).click();
    await page.getByRole('menuitem', { name: 'Unarchive' }).click();
    await expect.poll(() => objectiveRow(page, 'GROW-3').getByText('Archived', { exact: true }).count()).toBe(0);
    const pack = await storedPack(page);
    expect(pack.objectives.find((objective) => objective.code === 'GROW-3')).not.toHaveProperty('archived');
    await page.close();
  });

  it('shows an objective with its targets in the right direction, staleness and linked work by tracker', async () => {
    const page = await browser.openOptions('objective/ob-grow-2');
    // The overlay saw one of the linked items: its title and address replace the bare id.
    const seen = seenColumns([
      {
        id: 'jira:acme.atlassian.net:PAY-1',
        title: 'Let customers pay with saved cards',
        status: 'In Progress',
        url: 'https://acme.atlassian.net/browse/PAY-1',
        lastSeen: new Date().toISOString(),
      },
    ]);
    await page.evaluate((seen) => chrome.runtime.sendMessage({ type: 'recordSeen', seen }), seen);
    await page.getByRole('heading', { level: 2, name: 'GROW-2 · Increase self-serve revenue' }).waitFor();
    expect(await page.getByRole('link', { name: 'Objectives', exact: true }).getAttribute('aria-current')).toBe('page');
    const counts = page.getByRole('list', { name: 'Linked work items per tracker' });
    await expect.poll(() => counts.textContent()).toBe('4 Jira0 Asana0 Azure DevOps');
    const item = page.getByRole('link', { name: 'PAY-1 · Let customers pay with saved cards' });
    expect(await item.getAttribute('href')).toBe('https://acme.atlassian.net/browse/PAY-1');
    expect(await item.getAttribute('target')).toBe('_blank');
    expect(await item.getAttribute('rel')).toContain('noopener');
    await page.getByText('jira:acme.atlassian.net:PAY-8').waitFor();

    const cost = await browser.openOptions('objective/ob-ops-3');
    const panel = cost.getByRole('region', { name: 'Cost to serve per order' });
    await panel.getByText(/Decrease from 7\.8 EUR to 6 EUR/).waitFor();
    expect(await panel.locator('figcaption').textContent()).toMatch(/of the way from 7\.8 to 6/);
    // One of its targets was last checked in long ago; the threshold is the user's setting.
    const stale = cost.getByText('Stale: no check-in for more than 45 days');
    await stale.waitFor();
    await cost.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', settings: { staleAfterDays: 365 } }));
    await expect.poll(() => stale.count()).toBe(0);
    await cost.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', settings: { staleAfterDays: 45 } }));
    await stale.waitFor();
    const band = await browser.openOptions('objective/ob-ops-1');
    await band.getByText(/Keep within a band between 99\.9% and 100%/).waitFor();
    await band.getByText('Upper bound').first().waitFor();
    await cost.close();
    await band.close();
    await page.close();
  });

  it('says what goes with a deleted objective, and Undo brings it back with its links', async () => {
    const page = await browser.openOptions('objectives');
    const before = await storedPack(page);
    const links = before.links.filter((link) => link.objectiveId === 'ob-grow-2');
    expect(links).toHaveLength(4);

    const open = page.getByRole('button', { name: 'More actions for GROW-2' });
    await open.click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await dialog(page).getByRole('heading', { name: 'Delete GROW-2?' }).waitFor();
    expect(await dialog(page).locator('.dialog-consequences').textContent()).toBe(
      '2 benefit targets, 12 check-ins, 4 links and 1 rule go with it.',
    );
    await expect.poll(() => focusedText(page)).toBe('Cancel');
    await expectAccessibleInBothSchemes(page, 'the delete confirmation');
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => open.evaluate((element) => element === document.activeElement)).toBe(true);

    // Up opens the menu on its last item.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedText(page)).toBe('Delete');
    await page.keyboard.press('Enter');
    await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted GROW-2.' }).waitFor();
    await expect.poll(() => objectiveRow(page, 'GROW-2').count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('Objectives');
    expect((await storedPack(page)).links.filter((link) => link.objectiveId === 'ob-grow-2')).toEqual([]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await objectiveRow(page, 'GROW-2').waitFor();
    const after = await storedPack(page);
    expect(after.links.filter((link) => link.objectiveId === 'ob-grow-2')).toEqual(links);
    expect(after).toEqual(before);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });

  it('deletes a theme with its objectives kept, and undoes it', async () => {
    const page = await browser.openOptions('themes');
    await page.getByRole('button', { name: 'Delete Operational excellence' }).click();
    expect(await dialog(page).locator('.dialog-consequences').textContent()).toBe(
      'Its 4 objectives stay, without a theme.',
    );
    await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
    const themes = page.locator('.theme-list');
    await expect.poll(() => themes.getByText('Operational excellence').count()).toBe(0);
    const orphaned = (await storedPack(page)).objectives.filter((objective) => objective.code.startsWith('OPS-'));
    expect(orphaned.map((objective) => objective.themeId ?? null)).toEqual([null, null, null, null]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await themes.getByText('Operational excellence').waitFor();
    await expectAccessibleInBothSchemes(page, 'the themes');
    await page.close();
  });

  it('says so when an objective does not exist', async () => {
    const page = await browser.openOptions('objective/ob-nowhere');
    await page.getByRole('heading', { name: 'Objective not found' }).waitFor();
    await page.close();
  });
});

describe('the catalogue with a thousand objectives', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    const pack = await browser.openOptions('pack');
    await importPackThroughUi(pack, { name: 'thousand.json', text: JSON.stringify(thousandObjectives()) });
    await pack.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // How long it takes is the benchmark's question (npm run bench), not a test's on a shared machine.
  it('shows them a hundred rows at a time, nested', async () => {
    const page = await browser.openPage('about:blank');
    await page.goto(browser.extensionUrl('options.html#objectives'));
    await page.locator('.objective-row').first().waitFor();
    await page.getByText('1,000 objectives', { exact: true }).waitFor();
    expect(await page.locator('.objective-row').count()).toBe(100);
    await page.getByRole('button', { name: 'Show 100 more' }).click();
    expect(await page.locator('.objective-row').count()).toBe(200);
    await page.getByText('Showing 200 of 1,000 objectives.').waitFor();
    // Each sub-objective shows under its parent, whose row came first.
    expect(await page.locator('.objective-tree .objective-tree .objective-row').count()).toBe(180);
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });
});

/** A thousand objectives in two themes: every tenth a parent of the nine after it, each with a target. */
function thousandObjectives(): PackInput {
  const objectives = Array.from({ length: 1000 }, (_, index) => ({
    id: `ob-${index}`,
    code: `OBJ-${index}`,
    title: `Objective ${index}`,
    themeId: index < 500 ? 'th-a' : 'th-b',
    parentId: index % 10 === 0 ? null : `ob-${index - (index % 10)}`,
    status: 'active' as const,
  }));
  return {
    format: 'throughline.pack',
    version: 2,
    exportedAt: '2026-11-24T10:00:00.000Z',
    name: 'A thousand objectives',
    themes: [
      { id: 'th-a', name: 'Alpha' },
      { id: 'th-b', name: 'Beta' },
    ],
    objectives,
    benefitTargets: objectives.map((objective) => ({
      id: `bt-${objective.id}`,
      objectiveId: objective.id,
      name: 'Adoption',
      unit: '%',
      kind: 'non-financial' as const,
      direction: 'increase' as const,
      baseline: 0,
      target: 100,
    })),
    measurements: objectives.map((objective, index) => ({
      id: `ms-${objective.id}`,
      targetId: `bt-${objective.id}`,
      value: index % 100,
      at: '2026-11-01',
    })),
    links: [],
    rules: [],
    exclusions: [],
  };
}

describe("the catalogue in the browser's language", () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ locale: 'de-DE' });
    await importSample(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes dates and numbers as a German reader expects, the chart and its description included', async () => {
    const page = await browser.openOptions('objective/ob-grow-3');
    await page.getByRole('heading', { level: 2, name: /^GROW-3 · / }).waitFor();
    const facts = page.locator('.objective-facts');
    // Intl separates a range with a thin space and an en dash.
    expect((await facts.textContent())?.replace(/\s+/g, ' ')).toContain('Period01.03. – 31.10.2026');
    const panel = page.getByRole('region', { name: 'Monthly Nordic orders' });
    expect(await panel.locator('.target-facts').textContent()).toContain(
      'from 0 orders to 5.000 orders · due 31.10.2026',
    );
    const history = panel.getByRole('table', { name: /History of Monthly Nordic orders/ });
    expect(await history.locator('tbody tr').first().locator('td').first().textContent()).toBe('30.09.2026');
    await panel.getByRole('button', { name: 'Edit the check-in of 30.09.2026 (2.900 orders)' }).waitFor();
    const caption = await panel.locator('figcaption').textContent();
    expect(caption).toMatch(/^Monthly Nordic orders: 2\.900 orders on 30\.09\.2026, /);
    expect(caption).toContain('check-ins from 30.06.2026 to 30.09.2026');
    await expectAccessibleInBothSchemes(page, 'the objective in German');
    expect(browser.errors.of(page)).toEqual([]);
    await page.close();
  });
});
