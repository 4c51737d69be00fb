import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './harness/accessibility';
import { ExtensionBrowser } from './harness/extension-browser';
import {
  choosePackFile,
  exportPackThroughUi,
  importInput,
  importPackThroughUi,
  refusalText,
  withoutExportedAt,
} from './harness/pack-ui';
import { SAMPLE_PACK_PATH } from './harness/paths';

type PackJson = Record<string, unknown> & { objectives: Record<string, unknown>[]; links: Record<string, unknown>[] };

describe('a pack that cannot be imported', () => {
  let browser: ExtensionBrowser;
  let sample: PackJson;
  let before: unknown;
  let options: Page;

  const variant = (change: (pack: PackJson) => void) => {
    const pack = structuredClone(sample);
    change(pack);
    return JSON.stringify(pack, null, 2);
  };

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    sample = JSON.parse(await readFile(SAMPLE_PACK_PATH, 'utf8')) as PackJson;
    const setup = await browser.openOptions();
    await importPackThroughUi(setup, SAMPLE_PACK_PATH);
    before = withoutExportedAt((await exportPackThroughUi(setup)).text);
    await setup.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    options = await browser.openOptions();
  });
  afterEach(async () => {
    await options.close();
  });

  const expectUnchanged = async () => {
    expect(withoutExportedAt((await exportPackThroughUi(options)).text)).toEqual(before);
    expect(browser.errors.of(options)).toEqual([]);
  };

  it('is refused when it is not JSON', async () => {
    await choosePackFile(options, { name: 'broken.json', text: '{ "format": "throughline.pack", "version": 1,' });
    const text = await refusalText(options);
    expect(text).toContain('“broken.json” was not imported. Nothing was changed.');
    expect(text).toContain('not valid JSON');
    // Cleared, so choosing the same file again after fixing it is seen as a new choice.
    expect(await importInput(options).inputValue()).toBe('');
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityViolations(options)).toEqual([]);
    await expectUnchanged();
  });

  it('is refused with the path of an unknown field', async () => {
    const text = variant((pack) => {
      pack.objectives[0]!.colour = 'red';
    });
    await choosePackFile(options, { name: 'unknown-field.json', text });
    expect(await refusalText(options)).toContain('objectives[0].colour: unknown field');
    await expectUnchanged();
  });

  it('is refused when it is a newer version', async () => {
    await choosePackFile(options, { name: 'v3.json', text: variant((pack) => Object.assign(pack, { version: 3 })) });
    const text = await refusalText(options);
    expect(text).toContain('version 3');
    expect(text).toContain('Update Throughline');
    await expectUnchanged();
  });

  it('is refused when a link names an objective the pack does not hold', async () => {
    const text = variant((pack) => {
      pack.links.push({
        id: 'ln-e2e-dangling',
        itemId: 'jira:acme.atlassian.net:PAY-999',
        objectiveId: 'ob-not-there',
        createdAt: '2026-11-02T09:00:00.000Z',
      });
    });
    await choosePackFile(options, { name: 'dangling.json', text });
    expect(await refusalText(options)).toMatch(/links\[\d+\]\.objectiveId: refers to objective "ob-not-there"/);
    await expectUnchanged();
  });

  it('changes nothing when the preview is cancelled', async () => {
    const text = variant((pack) => {
      pack.objectives[0]!.title = 'A title changed but never imported';
    });
    await choosePackFile(options, { name: 'changed.json', text });
    const objectives = options.getByRole('row', { name: /^Objectives/ });
    // The preview arrives from the background after the file is checked.
    await objectives.waitFor();
    expect((await objectives.getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual(['0', '1', '0']);
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expectUnchanged();
  });

  it('is refused by the workspace when merging it would reuse an objective code', async () => {
    const existing = sample.objectives[0]!;
    const clash = variant((pack) => {
      Object.assign(pack, { themes: [], benefitTargets: [], measurements: [], links: [], rules: [] });
      pack.objectives = [{ ...existing, id: 'ob-e2e-clash', themeId: null, parentId: null }];
    });
    const attempt = importPackThroughUi(options, { name: 'clash.json', text: clash }, 'Merge');
    await expect(attempt).rejects.toThrow(String(existing.code));
    expect(await refusalText(options)).toContain('Nothing was changed.');
    await expectUnchanged();
  });
});
