import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';

declare const chrome: Browser;

/**
 * Main-world script, run before the page's own: watches hosts arrive, as the
 * page (or a user's script) sees them, without querying the whole document
 * on every change. `allAt`: when `expect` hosts were in the page;
 * `watch(keys)`: resolves when every one of those cards holds a host.
 * A plain string, so that no bundler helper leaks into the page.
 *
 * It starts watching at DOMContentLoaded, having counted the hosts placed by
 * then: watching the parse made a record, and a wrapper, of each of the
 * board's 400,000 nodes in the page's world. Their collections landed in
 * whatever ran next, our pieces among them (young-generation collections of
 * 18–82 ms, against at most 18 ms without it), and slowed the parser, which
 * flattered how soon after DOMContentLoaded the last hosts came.
 */
const PROBE = `(() => {
  const state = { hosts: 0, expect: Infinity, allAt: null, pending: null, done: null };
  const cardKey = (host) => { const card = host.parentElement && host.parentElement.closest('[id^="card-"]'); return card ? card.id.slice(5) : null; };
  const settle = () => { if (state.pending && state.pending.size === 0) { const done = state.done; state.pending = null; state.done = null; done(performance.now()); } };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || !node.hasAttribute('data-throughline-item')) continue;
        state.hosts++;
        if (state.pending) state.pending.delete(cardKey(node));
      }
      for (const node of record.removedNodes) if (node.nodeType === 1 && node.hasAttribute('data-throughline-item')) state.hosts--;
    }
    if (state.allAt === null && state.hosts >= state.expect) state.allAt = performance.now();
    settle();
  });
  const begin = () => {
    state.hosts = document.querySelectorAll('[data-throughline-item]').length;
    if (state.allAt === null && state.hosts >= state.expect) state.allAt = performance.now();
    observer.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
  window.__probe = {
    state,
    expect(count) { state.expect = count; },
    watch(keys) {
      state.pending = new Set(keys);
      for (const key of keys) { const card = document.getElementById('card-' + key); if (card && card.querySelector('[data-throughline-item]')) state.pending.delete(key); }
      return new Promise((resolve) => { state.done = resolve; settle(); });
    },
  };
})();`;

export async function installProbe(page: Page, expectHosts: number): Promise<void> {
  // tsx names the functions the benchmark hands to page.evaluate with an `__name` helper the page lacks.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(PROBE);
  await page.addInitScript(`window.__probe.expect(${expectHosts});`);
}

/** The overlay's own work in a tab since it was last asked (see lib/overlay/work-timer.ts). */
export interface Work {
  total: number;
  longest: number;
  /** When the longest piece began, on the page's clock; a build from before it was told leaves it out. */
  longestAt?: number;
  pieces: number;
  /** When each of the first pieces began and what it took, on the page's clock: `[start, ms, start, ms, …]`. */
  starts: number[];
}

/** The overlay's own work in a tab since it was last asked; null from a build that does not tell. */
export async function takeWork(browser: ExtensionBrowser, tabId: number): Promise<Work | null> {
  const reply = await browser.inServiceWorker(
    (id) => chrome.tabs.sendMessage(id, { type: 'throughline:work' }).catch(() => null),
    tabId,
  );
  return reply && typeof reply === 'object' && 'total' in reply
    ? { ...(reply as Work), starts: (reply as Partial<Work>).starts ?? [] }
    : null;
}

/**
 * How long a tab must do none of our work for a change's consequences to
 * count as over. Each step of them (the background's answer, the tracker's,
 * the answer to what the tab took in) waits on the frame after the change,
 * and a frame of a 2,000-card board took 140–360 ms: at 150 ms the wait
 * ended between two steps, and what followed was counted with the next change.
 */
const QUIET_MS = 500;
/** A change whose work goes on longer than this is reported as it stands. */
const QUIET_WITHIN_MS = 3000;

/**
 * All the overlay does from now until it has been quiet for QUIET_MS: what
 * follows from a change after the piece that placed its hosts (the
 * background's answer about facts, the tracker's facts fetched and taken in,
 * items resolved again), as the reports that told it.
 */
export async function workUntilQuiet(
  browser: ExtensionBrowser,
  tabId: number,
  within = QUIET_WITHIN_MS,
): Promise<Work[]> {
  const reports: Work[] = [];
  const until = Date.now() + within;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const more = await takeWork(browser, tabId);
    if (!more || more.pieces === 0) break;
    reports.push(more);
  }
  return reports;
}

/** What these reports' pieces took in all. */
export function totalOf(reports: readonly Work[]): number {
  return reports.reduce((sum, report) => sum + report.total, 0);
}

/** A report's pieces whose start it kept, as `[start, ms]` on the page's clock. */
export function piecesOf(report: Work): [number, number][] {
  const pieces: [number, number][] = [];
  for (let index = 0; index + 1 < report.starts.length; index += 2)
    pieces.push([report.starts[index]!, report.starts[index + 1]!]);
  return pieces;
}

/**
 * These reports' pieces split at a moment on the page's clock: those begun
 * by then, and those after. What a report took beyond the pieces whose start
 * it kept counts as begun by then: the figure judged against a budget is
 * never flattered by it.
 */
export function splitAt(reports: readonly Work[], at: number): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const report of reports) {
    let listed = 0;
    for (const [start, spent] of piecesOf(report)) {
      listed += spent;
      if (start <= at) before += spent;
      else after += spent;
    }
    before += report.total - listed;
  }
  return { before, after };
}

/**
 * Our pagehide handler (the seen items not yet handed over go then), timed
 * in the page: a pagehide event dispatched `afterMs` after the board loaded
 * runs every listener of the page's window at once, the page's own (these
 * boards have none) and ours.
 */
export async function timePagehide(page: Page, afterMs: number): Promise<number> {
  if (afterMs > 0) await page.waitForTimeout(afterMs);
  return page.evaluate(() => {
    const start = performance.now();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    return performance.now() - start;
  });
}
