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
  /** JavaScript objects, arrays, strings and closures: what the page and we keep. */
  heapMiB: number;
  /** The whole heap, with the machine code V8 compiles as the code grows hot and the browser's own records. */
  usedMiB: number;
}

/** JavaScript's own objects in a heap snapshot: what a leak is made of (compiled code and the browser's natives aside). */
const KEPT_TYPES = new Set([
  'object',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'closure',
  'regexp',
  'number',
  'hidden',
]);

async function keptBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const names = snapshot.snapshot.meta.node_types[0];
  let bytes = 0;
  for (let at = 0; at < snapshot.nodes.length; at += fields.length)
    if (KEPT_TYPES.has(names[snapshot.nodes[at + type]!]!)) bytes += snapshot.nodes[at + size]!;
  return bytes;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  // Twice: what one collection frees can make more garbage collectable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    heapMiB: (await keptBytes(cdp)) / 2 ** 20,
    usedMiB: heap.usedSize / 2 ** 20,
  };
}

/**
 * A working day in one tab: 200 single-page navigations between a board
 * and its backlog. DOM nodes and event listeners are the renderer's own
 * counts (all worlds, detached nodes included); the heap is the page's
 * isolate, where the content script lives too: its JavaScript objects, from a
 * heap snapshot, since the machine code V8 compiles for code that grows hot
 * and the browser's records of the page's own requests (a favicon fetched on
 * every navigation) grow whoever runs there. Each is compared with the first
 * visit's, after a garbage collection; the whole heap is reported beside it.
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
  // The summary's bar comes once the view's counts are final, drawn by the floating UI the tab loads then: both
  // counts are taken with it there, so that neither misses its few elements and listeners.
  const summaryDrawn = () =>
    page.waitForFunction(
      () => (document.querySelector('[data-throughline-summary]')?.shadowRoot?.childElementCount ?? 0) > 0,
      undefined,
      { timeout: 30_000 },
    );
  // The first visit: board → backlog → board, once, so that what is made once (styles, the layer) exists.
  await go(`${JIRA_APP_BOARD_PATH}/backlog`, BACKLOG_ROWS);
  await go(JIRA_APP_BOARD_PATH, CARDS);
  await summaryDrawn();
  const first = await counters(cdp);
  for (let n = 0; n < NAVIGATIONS / 2; n++) {
    await go(`${JIRA_APP_BOARD_PATH}/backlog`, BACKLOG_ROWS);
    await go(JIRA_APP_BOARD_PATH, CARDS);
  }
  await summaryDrawn();
  const last = await counters(cdp);
  for (const [key, label, unit] of [
    ['nodes', 'DOM nodes', ''],
    ['listeners', 'event listeners', ''],
    ['heapMiB', 'JS heap (objects)', ' MiB'],
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
  report.line(`  whole heap, compiled code included: ${first.usedMiB.toFixed(1)} MiB → ${last.usedMiB.toFixed(1)} MiB`);
  report.record('memory.first', first);
  report.record('memory.last', last);
  await page.close();
}
