import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function described(violation: Violation): string {
  return `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`;
}

/** axe-core's WCAG violations in a page as it is now, one readable line each; empty when there are none. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(described);
}

/** Only the violations axe rates serious or critical, in the whole page or `within` one part of it. */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations
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
