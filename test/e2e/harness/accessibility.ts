import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

type Violation = AxeResults['violations'][number];

/**
 * axe-core itself, put into each frame once and run there. `@axe-core/playwright`
 * injects it afresh and opens a new page for every run: 2 s a run on this
 * machine against 0.3 s, with the same rules and the same findings.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function injectAxe(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => 'axe' in window).catch(() => true);
  if (present) return;
  // Frames answer the page's axe whatever their origin (a test page's frames have none): the page is ours.
  const configure = `axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`;
  // A frame that goes away meanwhile has nothing to check.
  await frame.evaluate(`${AXE_SOURCE}\n${configure}`).catch(() => {});
}

/** Runs axe over the page (or `within` one part of it), child frames included, as it is now. */
async function violationsIn(page: Page, within?: string): Promise<Violation[]> {
  for (const frame of page.frames()) await injectAxe(frame);
  return page.evaluate(
    async ({ within, options }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      return (await axe.run(within ?? document, options)).violations;
    },
    // A frame has 500 ms to answer by default, and on a busy machine it was skipped without a word.
    { within, options: { resultTypes: ['violations'], pingWaitTime: 10_000 } satisfies RunOptions },
  );
}

function described(violation: Violation): string {
  return `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`;
}

/** axe-core's WCAG violations in a page as it is now, one readable line each; empty when there are none. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  return (await violationsIn(page)).map(described);
}

/** Only the violations axe rates serious or critical, in the whole page or `within` one part of it. */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  return (await violationsIn(page, within))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(described);
}

/** Runs axe on the page as it is (or `within` one part of it), in light and in dark, and leaves it light. */
export async function expectAccessibleInBothSchemes(page: Page, what = '', within?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, within), `${what} (${colorScheme})`.trim()).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
