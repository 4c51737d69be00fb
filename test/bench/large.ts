import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { jiraAppPage } from '../fixtures/generated/jira-app';
import { installProbe, takeWork, timePagehide } from './overlay-probe';
import {
  describeLongestAsTimed,
  describeOwnPiece,
  describePauses,
  describePiece,
  longestPieces,
  tracedPiece,
  tracePieces,
} from './piece-trace';
import { untilQuiet } from './quiet';
import type { Report } from './report';
import { ms } from './stats';

const SIZES = [10_000, 20_000];
const PATH = '/jira/software/c/projects/BIG/boards/10';

/**
 * Boards far past anything the background would answer in one request: every
 * card gets its host, in pieces of work none of which is a long task. Each
 * board loads once the browser is quiet (quiet.ts): the background stores a
 * board's items a second after they stop coming (seen-writer.ts), and a
 * 10,000-card board's write (1.1 s of the browser's database threads, 0.5 s
 * of the worker) fell in the next board's load when its tab closed at once.
 */
export async function benchLarge(browser: ExtensionBrowser, report: Report): Promise<void> {
  report.line('');
  report.line('## Very large boards (light cards, all in the page at once)');
  for (const cards of SIZES) {
    const url = `https://acme.atlassian.net${PATH}?cards=${cards}`;
    const body = jiraAppPage({ cards, board: PATH });
    await browser.context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
    const quiet = await untilQuiet(browser.profileDir);
    const page = await browser.context.newPage();
    await installProbe(page, cards);
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
    const spent = await takeWork(browser, await browser.tabIdOf(page));
    const { during, pauses, finishedIn } = await trace.stop();
    const longest = spent ? longestPieces([spent], finishedIn) : null;
    const inLongest = longest && tracedPiece({ during }, longest.own);
    // Left as its last host came: what the tab saw and has not handed over yet goes at once.
    const hide = await timePagehide(page, 0);
    const label = cards.toLocaleString('en');
    report.line(
      `- ${label} cards: every host ${ms(allAt - dcl)} after DOMContentLoaded${spent ? `; our main thread ${ms(spent.total)} in ${spent.pieces} pieces, the longest ${longest ? describeOwnPiece(longest.own) : ms(spent.longest)}` : ''}`,
    );
    if (inLongest) report.line(`  during the longest piece: ${describePiece(inLongest)}`);
    const asTimed = longest && describeLongestAsTimed(longest);
    if (asTimed) report.line(`  ${asTimed}`);
    report.line(`  while it loaded: ${describePauses(pauses)}`);
    report.line(
      `  the tab left as its last host came: our pagehide handler ${ms(hide)}; the load began after ${ms(quiet.waited)} waiting for the browser to be quiet${quiet.quiet ? '' : ' (it never was)'}`,
    );
    report.record(`large.${cards}.hosts`, allAt - dcl);
    report.record(`large.${cards}.quiet`, quiet);
    report.judge({
      id: `large.${cards}.pagehide`,
      what: `${label} cards: our pagehide handler, leaving as the last host came`,
      value: hide,
      unit: 'ms',
      budget: 50,
    });
    if (spent) {
      report.record(`large.${cards}.work`, spent);
      report.record(`large.${cards}.longest-trace`, inLongest);
      report.record(`large.${cards}.whole-heap-pauses`, pauses);
      report.judge({
        id: `large.${cards}.longest`,
        what: `${label} cards: longest piece of our work (less collections finished in it at a stack guard)`,
        value: longest?.own.own ?? spent.longest,
        unit: 'ms',
        budget: 50,
      });
    }
    await page.close();
  }
}
