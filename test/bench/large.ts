import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { jiraAppPage } from '../fixtures/generated/jira-app';
import { describeFreshMemory, timeFreshMemory } from './fresh-memory';
import { describeLongFrames, installLongFrames, longFramesOf, longFramesWithin } from './long-frames';
import { installProbe, takeWork, timePagehide, totalOf, workUntilQuiet } from './overlay-probe';
import {
  describeLongestAsTimed,
  describeOwnPiece,
  describePauses,
  describePiece,
  describeThreadClock,
  longestPieces,
  tracedPiece,
  tracePieces,
} from './piece-trace';
import { untilQuiet } from './quiet';
import type { Report } from './report';
import { ms } from './stats';

/**
 * The loads, in turn: a board's first visit, a board twice its size whose
 * first half the first one showed, and that board again with every card's
 * facts known, as a user finds it the next time.
 */
const LOADS = [
  { cards: 10_000, id: '10000', visit: '' },
  { cards: 20_000, id: '20000', visit: ', half of them on the board before' },
  { cards: 20_000, id: '20000.again', visit: " again, every card's facts known" },
];
const PATH = '/jira/software/c/projects/BIG/boards/10';
/** Cards at the top of each column: what a window of 1280×720, the benchmark's, shows of the board. */
const TOP_CARDS = 8;
/**
 * Main-world script, run before the page's own: at DOMContentLoaded, has the
 * probe watch the top cards of each column for their hosts. Walked card by
 * card, not queried: a query over a column makes a script object for each of
 * its thousands of cards in the page's world.
 */
const WATCH_TOP = `document.addEventListener('DOMContentLoaded', () => {
  const keys = [];
  for (const column of document.querySelectorAll('[data-testid="platform-board-kit.ui.column.draggable-column"]')) {
    let taken = 0;
    for (let card = column.firstElementChild; card && taken < ${TOP_CARDS}; card = card.nextElementSibling)
      if (card.id.startsWith('card-')) { keys.push(card.id.slice(5)); taken++; }
  }
  window.__top = { cards: keys.length, at: null };
  window.__probe.watch(keys).then((at) => { window.__top.at = at; });
}, { once: true });`;
/**
 * How long a board's work after its last host may go on before it is
 * reported as it stands: a 20,000-card board's tracker facts, 100 items a
 * request, kept coming for 9-22 s after it (7 December).
 */
const AFTER_WITHIN_MS = 40_000;

/**
 * Boards far past anything the background would answer in one request: every
 * card gets its host, in pieces of work none of which is a long task, and
 * the tracker's facts for each card are fetched and taken in after. Each
 * board loads once the browser is quiet (quiet.ts): the background stores a
 * board's items a second after they stop coming (seen-writer.ts), and a
 * 10,000-card board's write (1.1 s of the browser's database threads, 0.5 s
 * of the worker) fell in the next board's load when its tab closed at once.
 */
export async function benchLarge(browser: ExtensionBrowser, report: Report): Promise<void> {
  report.line('');
  report.line('## Very large boards (light cards, all in the page at once)');
  const scale = await browser.context.newPage();
  const freshMemory = await timeFreshMemory(scale);
  await scale.close();
  report.line(`- this machine, for scale: ${describeFreshMemory(freshMemory)}`);
  report.record('large.fresh-memory', freshMemory);
  for (const { cards, id, visit } of LOADS) {
    const url = `https://acme.atlassian.net${PATH}?cards=${cards}`;
    const body = jiraAppPage({ cards, board: PATH });
    await browser.context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
    const quiet = await untilQuiet(browser.profileDir);
    const page = await browser.context.newPage();
    await installProbe(page, cards);
    await page.addInitScript(WATCH_TOP);
    await installLongFrames(page);
    const trace = await tracePieces(browser, page);
    await page.goto(url, { timeout: 120_000 });
    const allAt = (await (
      await page.waitForFunction(
        () => (window as unknown as { __probe: { state: { allAt: number | null } } }).__probe.state.allAt,
        undefined,
        {
          timeout: 120_000,
          polling: 100,
        },
      )
    ).jsonValue()) as number;
    const dcl = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
    );
    // Set at DOMContentLoaded (WATCH_TOP), which came before the last host.
    const top = await page.evaluate(() => (window as unknown as { __top: { cards: number; at: number | null } }).__top);
    const tabId = await browser.tabIdOf(page);
    const spent = await takeWork(browser, tabId);
    // Left as its last host came: what the tab saw and has not handed over yet goes at once.
    const hide = await timePagehide(page, 0);
    // The tracker's facts for every card keep coming after the last host, each answer taken in by a piece of ours:
    // a user on the board waits behind those as behind the load.
    const afterFrom = Date.now();
    const after = await workUntilQuiet(browser, tabId, AFTER_WITHIN_MS);
    const afterFor = Date.now() - afterFrom;
    const { during, pauses, finishedIn, threadClock, lost } = await trace.stop();
    const frames = await longFramesOf(page);
    const framesToHosts = longFramesWithin(frames, dcl, allAt);
    const framesAfter = longFramesWithin(frames, allAt);
    const longest = spent ? longestPieces([spent], finishedIn) : null;
    const inLongest = longest && tracedPiece({ during }, longest.own);
    const longestAfter = longestPieces(after, finishedIn);
    const inLongestAfter = longestAfter && tracedPiece({ during }, longestAfter.own);
    const label = `${cards.toLocaleString('en')} cards${visit}`;
    report.line(
      `- ${label}: every host ${ms(allAt - dcl)} after DOMContentLoaded${spent ? `; our main thread ${ms(spent.total)} in ${spent.pieces} pieces, the longest ${longest ? describeOwnPiece(longest.own) : ms(spent.longest)}` : ''}`,
    );
    if (top.at !== null)
      report.line(
        `  the top ${TOP_CARDS} cards of each column, those in view (${top.cards}): every host ${ms(top.at - dcl)} after DOMContentLoaded`,
      );
    if (inLongest) report.line(`  during the longest piece: ${describePiece(inLongest)}`);
    const asTimed = longest && describeLongestAsTimed(longest);
    if (asTimed) report.line(`  ${asTimed}`);
    report.line(`  until the last host, the page's frames: ${describeLongFrames(framesToHosts)}`);
    report.line(
      `  after the last host, for ${(afterFor / 1000).toFixed(1)} s until the tab was quiet: our main thread ${ms(totalOf(after))} in ${after.reduce((sum, work) => sum + work.pieces, 0)} pieces, the longest ${longestAfter ? describeOwnPiece(longestAfter.own) : 'none'}`,
    );
    if (inLongestAfter) report.line(`  during it: ${describePiece(inLongestAfter)}`);
    const afterAsTimed = longestAfter && describeLongestAsTimed(longestAfter);
    if (afterAsTimed) report.line(`  ${afterAsTimed}`);
    report.line(`  after the last host, the page's frames: ${describeLongFrames(framesAfter)}`);
    report.line(
      `  while it loaded and after: ${describePauses(pauses)}; ${describeThreadClock(threadClock)}${lost ? '; the trace lost some of its events' : ''}`,
    );
    report.line(
      `  the tab left as its last host came: our pagehide handler ${ms(hide)}; the load began after ${ms(quiet.waited)} waiting for the browser to be quiet${quiet.quiet ? '' : ' (it never was)'}`,
    );
    report.record(`large.${id}.hosts`, allAt - dcl);
    report.record(`large.${id}.top-hosts`, top.at === null ? null : top.at - dcl);
    report.record(`large.${id}.quiet`, quiet);
    report.record(`large.${id}.thread-clock`, threadClock);
    report.record(`large.${id}.trace-lost`, lost);
    report.record(`large.${id}.long-frames`, { toHosts: framesToHosts, after: framesAfter });
    report.judge({
      id: `large.${id}.pagehide`,
      what: `${label}: our pagehide handler, leaving as the last host came`,
      value: hide,
      unit: 'ms',
      budget: 50,
    });
    if (spent) {
      report.record(`large.${id}.work`, spent);
      report.record(`large.${id}.longest-trace`, inLongest);
      report.record(`large.${id}.whole-heap-pauses`, pauses);
      report.judge({
        id: `large.${id}.longest`,
        what: `${label}: longest piece of our work until the last host (less collections finished in it at a stack guard)`,
        value: longest?.own.own ?? spent.longest,
        unit: 'ms',
        budget: 50,
      });
      report.record(`large.${id}.after`, after);
      report.record(`large.${id}.after-longest-trace`, inLongestAfter);
      report.judge({
        id: `large.${id}.after.longest`,
        what: `${label}: longest piece of our work after the last host, until quiet (less collections finished in it at a stack guard)`,
        value: longestAfter?.own.own ?? 0,
        unit: 'ms',
        budget: 50,
      });
    }
    await page.close();
  }
}
