import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { JIRA_APP_BOARD_PATH, jiraAppPage } from '../fixtures/generated/jira-app';
import type { Report } from './report';

const NAVIGATIONS = 200;
const CARDS = 120;
const BACKLOG_ROWS = 60;
const URL_ = `https://acme.atlassian.net${JIRA_APP_BOARD_PATH}`;

interface Counters {
  nodes: number;
  listeners: number;
  heapMiB: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  // Twice: what one collection frees can make more garbage collectable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heapMiB: heap.usedSize / 2 ** 20 };
}

/**
 * A working day in one tab: 200 single-page navigations between a board
 * and its backlog. DOM nodes and event listeners are the renderer's own
 * counts (all worlds, detached nodes included); the heap is the page's
 * isolate, where the content script lives too. Each is compared with the
 * first visit's, after a garbage collection.
 */
export async function benchMemory(browser: ExtensionBrowser, report: Report): Promise<void> {
  report.line('');
  report.line(`## Memory over ${NAVIGATIONS} navigations between a ${CARDS}-card board and its backlog`);
  await browser.context.route(`${URL_}**`, (route) =>
    route.fulfill({ body: jiraAppPage({ cards: CARDS }), contentType: 'text/html; charset=utf-8' }),
  );
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(URL_);
  const hosts = (count: number) =>
    page.waitForFunction((n) => document.querySelectorAll('[data-throughline-item]').length === n, count, {
      timeout: 30_000,
    });
  await hosts(CARDS);
  const go = async (path: string, count: number) => {
    await page.evaluate((to) => (window as unknown as { jiraApp: { go(to: string): void } }).jiraApp.go(to), path);
    await hosts(count);
  };
  // The first visit: board → backlog → board, once, so that what is made once (styles, the layer) exists.
  await go(`${JIRA_APP_BOARD_PATH}/backlog`, BACKLOG_ROWS);
  await go(JIRA_APP_BOARD_PATH, CARDS);
  const first = await counters(cdp);
  for (let n = 0; n < NAVIGATIONS / 2; n++) {
    await go(`${JIRA_APP_BOARD_PATH}/backlog`, BACKLOG_ROWS);
    await go(JIRA_APP_BOARD_PATH, CARDS);
  }
  const last = await counters(cdp);
  for (const [key, label, unit] of [
    ['nodes', 'DOM nodes', ''],
    ['listeners', 'event listeners', ''],
    ['heapMiB', 'JS heap', ' MiB'],
  ] as const) {
    const growth = (last[key] / first[key] - 1) * 100;
    const format = (value: number) => (unit ? value.toFixed(1) : String(value));
    report.line(
      `- ${label}: ${format(first[key])}${unit} → ${format(last[key])}${unit} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%)`,
    );
    report.judge({
      id: `memory.${key}`,
      what: `${label} growth over ${NAVIGATIONS} navigations`,
      value: growth,
      unit: '%',
      budget: 10,
    });
  }
  report.record('memory.first', first);
  report.record('memory.last', last);
  await page.close();
}
