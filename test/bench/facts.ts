/**
 * `npm run bench -- facts`: what item facts and the one resolver cost.
 * - The resolver, in Node: 2,000 items against 1,000 rules and 100,000 links,
 *   with facts (labels, parents) for every item.
 * - A 2,000-card Jira board in Chromium with the production build and the
 *   trackers' APIs routed: REST requests on the first visit and again within
 *   the facts' expiry, and how long after its card is placed a card aligned
 *   only by a label rule (its label known only to Jira) turns aligned.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { alignmentSources, buildAlignmentIndex } from '../../lib/alignment/alignment-index';
import { createResolver } from '../../lib/alignment/resolve';
import { compiledKeyPattern } from '../../lib/alignment/rules';
import type { ItemFacts } from '../../lib/model/item-facts';
import type { Rule, RuleMatchKind } from '../../lib/model/rule';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { JIRA_APP_BOARD_PATH, jiraAppPage } from '../fixtures/generated/jira-app';
import { takeWork } from './overlay-probe';
import {
  describeLongestAsTimed,
  describeOwnPiece,
  describePiece,
  describeThreadClock,
  longestPieces,
  tracedPiece,
  tracePieces,
} from './piece-trace';
import type { Report } from './report';
import { formatSpread, spread } from './stats';

declare const chrome: Browser;

const RUNS = 7;
const CARDS = 2000;
/**
 * A site of its own: the other parts' boards are at acme.atlassian.net, and the facts they fetched there would
 * make this board's first visit a second one. The routed tracker API answers for every Atlassian site alike.
 */
const SITE = 'globex.atlassian.net';
const BOARD_URL = `https://${SITE}${JIRA_APP_BOARD_PATH}`;
/** Labelled checkout only in Jira (test/fixtures/tracker-api-data.ts): the label rule below aligns it. */
const RULE_ALIGNED = `jira:${SITE}:PAY-9`;
/** The sample pack's label rule, for this site. */
const LABEL_RULE = {
  id: 'ru-bench-facts-label',
  objectiveId: 'ob-grow-2',
  tracker: 'jira',
  site: SITE,
  match: { kind: 'label', value: 'checkout' },
  enabled: true,
};

type Line = (text: string) => void;

export function benchResolver(line: Line): void {
  line('');
  line('## Resolver: 2,000 items against 1,000 rules and 100,000 links');
  line('(six kinds of rule with distinct values, two links an item, epics over stories over sub-tasks)');
  const site = 'acme.atlassian.net';
  const item = (n: number) => `jira:${site}:PAY-${n}`;
  const objectives = Array.from({ length: 1000 }, (_, index) => ({ id: `ob-${index}` }));
  const kinds: [RuleMatchKind, (n: number) => string][] = [
    ['label', (n) => `label-${n}`],
    ['component', (n) => `component-${n}`],
    ['issue-type', (n) => `type-${n}`],
    ['parent', (n) => `PAY-${n}`],
    ['key-pattern', (n) => `PAY-${n}?`],
    ['project', (n) => `P${n}`],
  ];
  const rules: Rule[] = Array.from({ length: 1000 }, (_, index) => {
    const [kind, value] = kinds[index % kinds.length]!;
    return {
      id: `ru-${index}`,
      objectiveId: `ob-${index}`,
      tracker: 'jira',
      site,
      match: { kind, value: value(index), ...(kind === 'key-pattern' && { syntax: 'glob' as const }) },
      enabled: true,
    };
  });
  const links = Array.from({ length: 100_000 }, (_, index) => ({
    itemId: item(index % 50_000),
    objectiveId: `ob-${index % 1000}`,
    createdAt: '2026-11-01T00:00:00.000Z',
  }));
  // A tracker's shape: every 50th issue an epic, the others stories under it, every 7th a sub-task of the issue before.
  const facts = new Map<string, ItemFacts>();
  for (let n = 0; n < 60_000; n++) {
    const parent = n % 50 === 0 ? undefined : n % 7 === 0 ? `PAY-${n - 1}` : `PAY-${n - (n % 50)}`;
    facts.set(item(n), {
      labels: [`label-${n % 1500}`, `label-${(n * 7) % 1500}`],
      components: [`component-${n % 900}`],
      type: `type-${n % 1200}`,
      ...(parent !== undefined && { parent }),
    });
  }
  const ids = Array.from({ length: 2000 }, (_, index) => item(index * 25));

  const indexing: number[] = [];
  const resolving: number[] = [];
  let aligned = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const index = buildAlignmentIndex({ links, rules, exclusions: [], objectives }, compiledKeyPattern);
    const indexed = performance.now();
    const resolve = createResolver(alignmentSources(index, (id) => facts.get(id)));
    aligned = ids.filter((id) => resolve(id).length > 0).length;
    const done = performance.now();
    if (run === 0) continue;
    indexing.push(indexed - started);
    resolving.push(done - indexed);
  }
  line(`- resolving 2,000 items (links, rules, inheritance; ${aligned} aligned): ${formatSpread(spread(resolving))}`);
  line(`- indexing the links and rules, once per change: ${formatSpread(spread(indexing))}`);
}

/** Main-world probe: the moments, after DOMContentLoaded, the rule-aligned card got its host and turned aligned. */
function probe(id: string): void {
  const target = window as unknown as { __placedAt?: number; __alignedAt?: number; __ready?: number };
  document.addEventListener('DOMContentLoaded', () => {
    target.__ready = performance.now();
  });
  const observer = new MutationObserver(() => {
    const host = document.querySelector(`[data-throughline-item="${id}"]`);
    if (host && target.__placedAt === undefined) target.__placedAt = performance.now();
    if (host?.getAttribute('data-throughline-state') === 'aligned') {
      target.__alignedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-throughline-state'],
  });
}

export async function benchBoardFacts(browser: ExtensionBrowser, report: Report): Promise<void> {
  const line = (text: string) => report.line(text);
  line('');
  line(`## Facts for a ${CARDS.toLocaleString('en')}-card Jira board (trackers' APIs routed)`);
  await browser.context.route(`${BOARD_URL}**`, (route) =>
    route.fulfill({ body: jiraAppPage({ cards: CARDS }), contentType: 'text/html; charset=utf-8' }),
  );
  const options = await browser.openOptions();
  const saved = await options.evaluate(
    (record) => chrome.runtime.sendMessage({ type: 'saveRecord', list: 'rules', record }),
    LABEL_RULE,
  );
  if (!(saved as { ok: boolean }).ok) throw new Error(`could not save the label rule: ${JSON.stringify(saved)}`);
  await options.close();
  const page: Page = await browser.context.newPage();
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(probe, RULE_ALIGNED);
  const factsRequests = () => browser.api.requests.filter((request) => request.url.includes(SITE)).length;

  const visit = async () => {
    const before = factsRequests();
    await page.goto(BOARD_URL);
    await page.waitForSelector('[data-throughline-summary]', { state: 'attached', timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __alignedAt?: number }).__alignedAt !== undefined);
    const times = await page.evaluate(() => {
      const at = window as unknown as { __placedAt: number; __alignedAt: number; __ready: number };
      return { placed: at.__placedAt - at.__ready, aligned: at.__alignedAt - at.__ready };
    });
    return { requests: factsRequests() - before, ...times };
  };
  // What fell in the longest piece: the first visit takes in every tracker answer, each a piece of its own.
  const trace = await tracePieces(browser, page);
  const first = await visit();
  // Everything the tab did until its summary: reading the board, then taking in each batch of facts as it came.
  const work = await takeWork(browser, await browser.tabIdOf(page));
  const { during, finishedIn, threadClock } = await trace.stop();
  line(`- first visit: ${first.requests} REST requests (batches of 100 cards, then the epics they name)`);
  if (work) {
    const longest = longestPieces([work], finishedIn);
    line(
      `  our main thread until the summary: ${work.total.toFixed(1)} ms in ${work.pieces} pieces, the longest ${longest ? describeOwnPiece(longest.own) : 'none'}`,
    );
    const inLongest = longest && tracedPiece({ during }, longest.own);
    if (inLongest) line(`  during the longest piece: ${describePiece(inLongest)}; ${describeThreadClock(threadClock)}`);
    const asTimed = longest && describeLongestAsTimed(longest);
    if (asTimed) line(`  ${asTimed}`);
    report.record('facts.first-visit.work', work);
    report.record('facts.first-visit.thread-clock', threadClock);
    report.record('facts.first-visit.longest-trace', inLongest);
    report.judge({
      id: 'facts.first-visit.longest',
      what: 'first visit with facts fetched: longest piece of our work (less collections finished in it at a stack guard)',
      value: longest?.own.own ?? work.longest,
      unit: 'ms',
      budget: 50,
    });
  }
  line(
    `- a card aligned only by a label rule: placed ${first.placed.toFixed(0)} ms after DOMContentLoaded, aligned ${first.aligned.toFixed(0)} ms after it: facts add ${(first.aligned - first.placed).toFixed(0)} ms`,
  );
  const again: number[] = [];
  let requestsAgain = 0;
  for (let run = 0; run < RUNS; run++) {
    const visitAgain = await visit();
    requestsAgain += visitAgain.requests;
    again.push(visitAgain.aligned - visitAgain.placed);
  }
  line(`- ${RUNS} visits again within the facts' expiry: ${requestsAgain} REST requests in all`);
  line(`- then placed to rule-aligned: ${formatSpread(spread(again))}`);
  await page.close();
}
