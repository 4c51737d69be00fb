import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { accessibilityViolations } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import { type PackAnswer, PackHost } from './harness/pack-host';
import { importPackThroughUi } from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';

declare const chrome: Browser;

type PackJson = { name: string; objectives: { id: string; code: string }[]; links: unknown[] } & Record<
  string,
  unknown
>;

const sample = JSON.parse(readFileSync(SAMPLE_PACK_PATH, 'utf8')) as PackJson;
const ISSUE_URL = 'https://acme.atlassian.net/browse/PAY-1';
const ISSUE_ID = 'jira:acme.atlassian.net:PAY-1';
const MY_ITEM = 'jira:acme.atlassian.net:PAY-77';

/** The sample pack with GROW-2 under another code: a change the tracker page shows. */
function withGrow2Code(code: string): PackJson {
  return {
    ...sample,
    objectives: sample.objectives.map((objective) =>
      objective.id === 'ob-grow-2' ? { ...objective, code } : objective,
    ),
  };
}

/** What the background exports, read the way the workspace's tests read it. */
async function stored(page: Page): Promise<PackJson> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'exportPack' }))) as {
    data: { pack: PackJson };
  };
  return reply.data.pack;
}

async function chipText(tracker: Page): Promise<string> {
  return tracker
    .locator(`[data-throughline-item="${ISSUE_ID}"]`)
    .evaluate((host) => host.shadowRoot?.textContent ?? '')
    .catch(() => '');
}

describe('sharing a strategy through a subscribed pack', () => {
  let browser: ExtensionBrowser;
  let host: PackHost;
  let options: Page;
  let tracker: Page;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    host = await PackHost.start(browser.context);
    host.publish(withGrow2Code('GROW-2'));
    options = await browser.openOptions('pack');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const row = () => options.locator('.subscription');
  const refreshNow = async () => {
    const before = host.requests.length;
    await row().getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => host.requests.length).toBeGreaterThan(before);
    await row().getByRole('button', { name: 'Refresh now' }).and(options.locator(':enabled')).waitFor();
  };

  it('subscribes through "Pack URL" and shows the strategy on a tracker page', async () => {
    await options.getByLabel('Pack URL', { exact: true }).fill(host.url);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await options
      .getByRole('status')
      .filter({ hasText: `Subscribed to “${sample.name}”.` })
      .waitFor();
    // The row can show before the first fetch is recorded in it ("Not fetched yet"): wait for its state.
    await expect.poll(() => row().textContent(), { timeout: 10_000 }).toContain('Up to date');
    expect(await row().textContent()).toContain(host.url);

    // The pack's objectives are read-only in the workspace: marked, with nothing to edit, archive or delete.
    await options.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Objectives' }).click();
    await options.getByText('From a subscribed pack').first().waitFor();
    expect(await options.getByRole('button', { name: 'Edit GROW-2' }).count()).toBe(0);
    expect(await options.getByRole('button', { name: 'More actions for GROW-2' }).count()).toBe(0);
    await options.goBack();
    await options.getByLabel('Pack URL', { exact: true }).waitFor();

    tracker = await browser.openPage(ISSUE_URL);
    await expect.poll(() => chipText(tracker), { timeout: 15_000 }).toContain('GROW-2');
    expect(browser.errors.of(options)).toEqual([]);
  });

  it('takes a new version on "Refresh now" and on the alarm, changes nothing on a 304, and keeps the user’s own link', async () => {
    const linked = await options.evaluate(
      (itemId) => chrome.runtime.sendMessage({ type: 'link', itemId, objectiveId: 'ob-grow-1' }),
      MY_ITEM,
    );
    expect(linked).toMatchObject({ ok: true });

    host.publish(withGrow2Code('GROW-22'));
    await refreshNow();
    await options.getByText('Updated to the latest pack.').waitFor();
    await expect.poll(() => chipText(tracker)).toContain('GROW-22');

    host.publish(withGrow2Code('GROW-23'));
    const before = host.requests.length;
    await browser.inServiceWorker(
      () => chrome.alarms.create('throughline:refresh-packs', { when: Date.now() }),
      undefined,
    );
    await expect.poll(() => host.requests.length, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => chipText(tracker), { timeout: 15_000 }).toContain('GROW-23');

    const unchanged = await stored(options);
    await refreshNow();
    await options.getByText('Checked: the pack has not changed.').waitFor();
    expect(host.requests.at(-1)).toEqual({ ifNoneMatch: '"v3"', status: 304 });
    expect({ ...(await stored(options)), exportedAt: '' }).toEqual({ ...unchanged, exportedAt: '' });
    expect(JSON.stringify(unchanged.links)).toContain(MY_ITEM);
  });

  it.each([
    ['server-error', /server failed \(HTTP 503\)/],
    ['not-found', /no pack at this address \(HTTP 404\)/],
    ['not-json', /not valid JSON/],
    ['invalid-pack', /pack was refused: themes/],
    ['login-page', /web page, not a pack/],
    ['redirect', /redirects to another site/],
  ] as [PackAnswer, RegExp][])(
    'shows "%s" on the subscription and keeps the last good data',
    async (answer, reason) => {
      host.answer = answer;
      await refreshNow();
      const alert = row().getByRole('alert');
      await expect.poll(async () => (await alert.textContent()) ?? '').toMatch(reason);
      expect(await alert.textContent()).toMatch(/Showing the last good pack/);
      expect(await chipText(tracker)).toContain('GROW-23');
      if (answer === 'redirect')
        for (const scheme of ['light', 'dark'] as const) {
          await options.emulateMedia({ colorScheme: scheme });
          expect(await accessibilityViolations(options)).toEqual([]);
        }
    },
  );

  it('recovers on the next good refresh, and unsubscribes with undo', async () => {
    host.publish(withGrow2Code('GROW-24'));
    await refreshNow();
    // The button comes back as the refresh ends; the row's state follows from the stored subscription.
    await expect.poll(() => row().textContent(), { timeout: 5_000 }).toContain('Up to date');
    await expect.poll(() => chipText(tracker)).toContain('GROW-24');
    const before = await stored(options);

    await row().getByRole('button', { name: 'Unsubscribe' }).click();
    await options.getByText(/^Unsubscribed from “.+”: \d+ records of its pack removed, and 1 of your own/).waitFor();
    expect((await stored(options)).objectives).toEqual([]);
    await expect.poll(() => row().count()).toBe(0);
    await options.getByRole('button', { name: 'Undo', exact: true }).click();
    await options.getByText('Undone.').waitFor();
    await expect.poll(() => row().count()).toBe(1);
    expect({ ...(await stored(options)), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('backs up before a replace and undoes it; restores a backup after the same preview', async () => {
    const before = await stored(options);
    const mine = {
      ...sample,
      name: 'Mine',
      themes: [],
      objectives: [{ id: 'ob-mine', code: 'MINE-1', title: 'Mine', status: 'active' }],
      benefitTargets: [],
      measurements: [],
      links: [],
      rules: [],
    };
    const message = await importPackThroughUi(options, { name: 'mine.json', text: JSON.stringify(mine) }, 'Replace');
    expect(message).toMatch(/^Imported “Mine” \(replace\): 1 added, 0 updated, 1 removed\.$/);
    await options.getByText('A backup of your workspace was taken first (under Backups).').waitFor();
    await options.getByRole('button', { name: 'Undo', exact: true }).click();
    await options.getByText('Undone: your workspace is as it was before importing “Mine”.').waitFor();
    expect({ ...(await stored(options)), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });

    const data = await browser.openOptions('data');
    const backups = data.locator('.backup-list tbody tr');
    await expect.poll(() => backups.count()).toBeGreaterThanOrEqual(3);
    expect(await data.locator('.backup-list').textContent()).toMatch(/Before a replace.*Before an unsubscribe/s);
    // The oldest: taken before the unsubscribe, when the catalogue was what it is now less the user’s link.
    await backups
      .last()
      .getByRole('button', { name: /^Restore the backup/ })
      .click();
    await data.getByRole('table', { name: /^What restoring the backup of .+ will change$/ }).waitFor();
    await data.getByRole('button', { name: 'Restore', exact: true }).click();
    await data
      .getByRole('status')
      .filter({ hasText: /^Restored the backup of / })
      .waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await data.emulateMedia({ colorScheme: scheme });
      expect(await accessibilityViolations(data)).toEqual([]);
    }
    expect(browser.errors.of(data)).toEqual([]);
    await data.close();
  });

  it('imports links from CSV with a column mapping, and refuses a file with a bad row naming row and column', async () => {
    const data = await browser.openOptions('data');
    const file = data.getByLabel('CSV file', { exact: true });
    await file.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Ticket,Goal\njira:acme.atlassian.net:PAY-60,GROW-1\njira:acme.atlassian.net:PAY-61,NOPE-9\n',
      ),
    });
    await data.getByText('Choose the column that holds “Work item”.').waitFor();
    await data.getByLabel('Work item', { exact: true }).selectOption({ label: 'Ticket' });
    await data.getByLabel('Objective', { exact: true }).selectOption({ label: 'Goal' });
    await data.getByText('Row 3, column “Goal”: no objective with code or id “NOPE-9”').waitFor();
    expect(await data.getByRole('button', { name: 'Import CSV' }).isDisabled()).toBe(true);

    await file.setInputFiles({
      name: 'links.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('item,objective,note\njira:acme.atlassian.net:PAY-60,GROW-1,From the sheet\n'),
    });
    await data.getByRole('table', { name: 'What importing “links.csv” will change' }).waitFor();
    await data.getByRole('button', { name: 'Import CSV' }).click();
    await data
      .getByRole('status')
      .filter({ hasText: /^Imported “links\.csv”: 1 added/ })
      .waitFor();
    expect(JSON.stringify((await stored(data)).links)).toContain('From the sheet');
    await data.close();
  });

  it('refuses a save from a stale copy with "changed elsewhere", offering reload or overwrite', async () => {
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'saveRecord', list: 'themes', record: { id: 'th-mine', name: 'My theme' } }),
    );
    const [first, second] = [await browser.openOptions('themes'), await browser.openOptions('themes')];
    for (const page of [first, second]) await page.getByRole('button', { name: 'Edit My theme' }).click();
    await first.getByRole('dialog').getByLabel('Name').fill('Renamed in the first tab');
    await first.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached' });

    const dialog = second.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Renamed in the second tab');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/^This record was changed elsewhere/).waitFor();
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => dialog.getByLabel('Name').inputValue()).toBe('Renamed in the first tab');
    await dialog.getByLabel('Name').fill('Renamed in the second tab');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const themes = (await stored(options)).themes as { id: string; name: string }[];
    expect(themes.find((theme) => theme.id === 'th-mine')?.name).toBe('Renamed in the second tab');
    await Promise.all([first.close(), second.close()]);
  });
});
