import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from './extension-browser';
import { SAMPLE_PACK_PATH } from './paths';

/** A pack file as a user would choose it: a path on disk, or a name and its contents. */
export type PackFile = string | { name: string; text: string };

export type ImportMode = 'Replace' | 'Merge';

/** The options page's import input, found the way assistive technology finds it. */
export function importInput(options: Page) {
  return options.getByLabel('Import strategy pack', { exact: true });
}

/**
 * Goes to the workspace's "Strategy pack" section through its navigation, as
 * a user would, unless it is there. Answers whether it went.
 */
export async function openPackSection(options: Page): Promise<boolean> {
  if (new URL(options.url()).hash === '#pack') return false;
  await options.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Strategy pack' }).click();
  await importInput(options).waitFor();
  return true;
}

/** Does something in the "Strategy pack" section, then goes Back to the section the page was on, as a user would. */
async function inPackSection<T>(options: Page, work: () => Promise<T>): Promise<T> {
  const went = await openPackSection(options);
  const result = await work();
  if (went) await options.goBack();
  return result;
}

/** Chooses a file in the import input; the page then checks it and previews it (or refuses it). */
export async function choosePackFile(options: Page, file: PackFile): Promise<void> {
  const payload =
    typeof file === 'string'
      ? { name: basename(file), mimeType: 'application/json', buffer: await readFile(file) }
      : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) };
  await openPackSection(options);
  await importInput(options).setInputFiles(payload);
}

/** The refusal shown for a chosen pack: its title and reasons, as text. */
export async function refusalText(options: Page): Promise<string> {
  const alert = options.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

/**
 * Imports a pack through the real options page's "Strategy pack" section (and back): choose the file, pick the
 * mode, wait for the preview, press Import. Answers the success message and
 * throws with the page's reasons when the pack is refused.
 */
export function importPackThroughUi(options: Page, file: PackFile, mode: ImportMode = 'Replace'): Promise<string> {
  return inPackSection(options, () => importInSection(options, file, mode));
}

async function importInSection(options: Page, file: PackFile, mode: ImportMode): Promise<string> {
  await choosePackFile(options, file);
  // Import is enabled once the preview (asked for again after a mode change) has arrived.
  const ready = options.getByRole('button', { name: 'Import', exact: true }).and(options.locator(':enabled'));
  const refused = options.getByRole('alert');
  const previewed = async () => {
    await ready.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`The pack was refused: ${await refused.textContent()}`);
  };
  await previewed();
  const radio = options.getByRole('radio', { name: new RegExp(`^${mode}\\b`) });
  if (!(await radio.isChecked())) {
    // click, not check: a pack refused in this mode replaces the radios with the reasons at once.
    await radio.click();
    await previewed();
  }
  await ready.click();
  const done = options.getByRole('status').filter({ hasText: /^Imported/ });
  await done.or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`The import was refused: ${await refused.textContent()}`);
  return (await done.textContent()) ?? '';
}

/** Presses "Export strategy pack" and answers the downloaded file's name and text. */
export function exportPackThroughUi(options: Page): Promise<{ fileName: string; text: string }> {
  return inPackSection(options, async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export strategy pack' }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  });
}

/** A pack's JSON without `exportedAt`, which differs on every export. */
export function withoutExportedAt(text: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

/** A fresh browser with the extension whose workspace holds the sample pack, imported as a user would. */
export async function launchWithSamplePack(): Promise<ExtensionBrowser> {
  const browser = await ExtensionBrowser.launch();
  const options = await browser.openOptions();
  await importPackThroughUi(options, SAMPLE_PACK_PATH);
  await options.close();
  return browser;
}
