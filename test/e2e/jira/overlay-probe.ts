import type { Page } from 'playwright-core';
import { FACTS_LEASE_MS } from '../../../lib/facts/facts-ledger';

/** One annotated item as the page contract (DESIGN.md) shows it. */
export interface HostView {
  id: string;
  state: string | null;
  text: string;
  /** The key in the card, row or view that holds the host, as the page shows it. */
  holder: string | null;
}

/** Every host element in the page, read from the outside as a test or a user's script would. */
export function readHosts(page: Page): Promise<HostView[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-throughline-item]')].map((host) => ({
      id: host.getAttribute('data-throughline-item') ?? '',
      state: host.getAttribute('data-throughline-state'),
      text: host.shadowRoot?.textContent ?? '',
      holder:
        host.closest('[id^="card-"]')?.id.slice(5) ??
        host
          .closest('[data-testid^="software-backlog.card-list.card.content-container."]')
          ?.getAttribute('data-testid')
          ?.split('.')
          .pop() ??
        null,
    })),
  );
}

export async function readSummary(page: Page): Promise<{ count: number; aligned: number; total: number }> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('[data-throughline-summary]');
    const first = all[0];
    return {
      count: all.length,
      aligned: Number(first?.getAttribute('data-aligned') ?? Number.NaN),
      total: Number(first?.getAttribute('data-total') ?? Number.NaN),
    };
  });
}

/**
 * How long the summary may wait after a move, by design: for the facts in
 * view, an answer about them and a fetch that answer names each end at the
 * latest with their lease. A summary that never comes (as after a move that
 * left items pending for good, now fixed) still fails the wait.
 */
export const SUMMARY_AT_LATEST_MS = 2 * FACTS_LEASE_MS + 10_000;

/** Waits for the page's summary: it appears once every listed item has its final answer, facts included. */
export async function waitForSummary(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('[data-throughline-summary]', { state: 'attached', timeout });
}

/** Waits until the page shows exactly `count` hosts (polling in the page, not sleeping). */
export async function waitForHostCount(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-throughline-item]').length === n, count, {
    timeout,
  });
}

/** Waits until the item shows `state`; with two browsers sharing two cores, an index sent again can take seconds. */
export async function waitForState(page: Page, itemId: string, state: 'aligned' | 'unaligned', timeout = 15_000) {
  await page.waitForFunction(
    ({ itemId, state }) =>
      [...document.querySelectorAll('[data-throughline-item]')].some(
        (host) =>
          host.getAttribute('data-throughline-item') === itemId &&
          host.getAttribute('data-throughline-state') === state,
      ),
    { itemId, state },
    { timeout },
  );
}

/** The cards (`cards`, a selector) in the page without exactly one host of ours. */
export function cardsWithoutOneHost(page: Page, cards: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter(
        (card) => card.querySelectorAll('[data-throughline-item]').length !== 1,
      ).length,
    cards,
  );
}
