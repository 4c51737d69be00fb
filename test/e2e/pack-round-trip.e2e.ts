import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from './harness/extension-browser';
import {
  choosePackFile,
  exportPackThroughUi,
  importInput,
  importPackThroughUi,
  withoutExportedAt,
} from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';

describe('a strategy pack through the options page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports the sample pack and exports it back unchanged', async () => {
    const options = await browser.openOptions();
    const message = await importPackThroughUi(options, SAMPLE_PACK_PATH);
    expect(message).toMatch(/^Imported “.+” \(replace\): \d+ added, 0 updated, 0 removed\.$/);

    const exported = await exportPackThroughUi(options);
    expect(exported.fileName).toMatch(/^throughline-pack-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.text).toMatch(/^\{\n {2}"format": "throughline\.pack",\n/);
    expect(exported.text.endsWith('}\n')).toBe(true);
    expect(withoutExportedAt(exported.text)).toEqual(withoutExportedAt(await readFile(SAMPLE_PACK_PATH, 'utf8')));
    expect(browser.errors.of(options)).toEqual([]);
  });

  it('closes the import outcome when asked', async () => {
    const options = await browser.openOptions();
    await importPackThroughUi(options, SAMPLE_PACK_PATH);
    await options.getByRole('button', { name: 'Close', exact: true }).click();
    await options.getByRole('table', { name: 'What the import changed' }).waitFor({ state: 'detached' });
    await options.close();
  });

  it('imports the same pack again as a no-op', async () => {
    const options = await browser.openOptions();
    const message = await importPackThroughUi(options, SAMPLE_PACK_PATH);
    expect(message).toMatch(/: 0 added, 0 updated, 0 removed\.$/);
  });

  it('keeps what a merged pack lacks, and removes it when the pack replaces the workspace', async () => {
    const sampleText = await readFile(SAMPLE_PACK_PATH, 'utf8');
    const smaller = JSON.parse(sampleText) as { links: unknown[] };
    expect(smaller.links.length).toBeGreaterThan(0);
    smaller.links.pop();
    const file = { name: 'one-link-fewer.json', text: JSON.stringify(smaller, null, 2) };
    const options = await browser.openOptions();

    expect(await importPackThroughUi(options, file, 'Merge')).toMatch(/\(merge\): 0 added, 0 updated, 0 removed\.$/);
    expect(withoutExportedAt((await exportPackThroughUi(options)).text)).toEqual(withoutExportedAt(sampleText));

    expect(await importPackThroughUi(options, file, 'Replace')).toMatch(
      /\(replace\): 0 added, 0 updated, 1 removed\.$/,
    );
    expect(withoutExportedAt((await exportPackThroughUi(options)).text)).toEqual(withoutExportedAt(file.text));
  });

  it('works from the keyboard alone', async () => {
    const options = await browser.openOptions();
    // The native file input opens its dialog from the keyboard; the test chooses the file for it and keeps focus there.
    await importInput(options).focus();
    await choosePackFile(options, SAMPLE_PACK_PATH);
    // Import is enabled (and so in the tab order) once the preview has arrived.
    await options.getByRole('button', { name: 'Import', exact: true }).and(options.locator(':enabled')).waitFor();
    // Tab order: the file input, the mode radios (one stop), each changed list's record details, Import.
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    const details = await options.locator('.import-records summary').count();
    for (let stop = 0; stop <= details; stop++) await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Import');
    await options.keyboard.press('Enter');
    const done = options.getByRole('status').filter({ hasText: /^Imported/ });
    await done.waitFor();
    // The Import button is gone; focus goes to the outcome rather than falling to the page.
    expect(
      await options.evaluate(() => document.activeElement?.contains(document.querySelector('[role=status]'))),
    ).toBe(true);
  });
});
