import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { cardsWithoutOneHost } from '../e2e/jira/overlay-probe';
import {
  type BoardApi,
  type Floor,
  REALISTIC_BOARD_PATH,
  REALISTIC_CARD,
  realisticBoardPage,
} from '../fixtures/generated/realistic-board';
import {
  installProbe,
  piecesOf,
  splitAt,
  takeWork,
  timePagehide,
  totalOf,
  type Work,
  workUntilQuiet,
} from './overlay-probe';
import {
  describeLongestAsTimed,
  describeOwnPiece,
  describePauses,
  describePiece,
  type LongestPieces,
  longerOf,
  longestPieces,
  type PieceTrace,
  tracedPiece,
  tracePieces,
} from './piece-trace';
import type { Report } from './report';
import { formatSpread, ms, spread } from './stats';

const CARDS = 2000;
const LOAD_RUNS = 7;
const CHANGE_RUNS = 20;
const CHANGED = 50;
const ORIGIN = 'https://acme.atlassian.net';
const WITH_HEADER = `${ORIGIN}${REALISTIC_BOARD_PATH}`;
const WITHOUT_HEADER = `${ORIGIN}${REALISTIC_BOARD_PATH}1`;

interface Window_ {
  board: BoardApi;
  floor?: Floor;
  __probe: { state: { allAt: number | null; hosts: number }; watch(keys: string[]): Promise<number> };
}

/**
 * Serves the two boards: with the header bar a summary goes after, and
 * without (as some live boards are). The site's API knows every card, as a
 * live one does: the facts the overlay fetches for cards it has never seen
 * come back and are taken in (every fourth labelled `checkout`, which the
 * sample pack's rule aligns), part of what a change costs us.
 */
export async function routeBoards(browser: ExtensionBrowser): Promise<void> {
  await browser.context.route(`${ORIGIN}/rest/api/3/issue/bulkfetch`, (route) => {
    const asked = (route.request().postDataJSON() as { issueIdsOrKeys?: string[] } | null)?.issueIdsOrKeys ?? [];
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ issues: asked.map(jiraIssue), issueErrors: [] }),
    });
  });
  for (const [url, header] of [
    [WITH_HEADER, true],
    [WITHOUT_HEADER, false],
  ] as const) {
    const body = realisticBoardPage({ cards: CARDS, header });
    await browser.context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  }
}

/** An issue as Jira Cloud's bulk fetch answers it, with the fields the overlay asks for. */
function jiraIssue(key: string) {
  const number = Number(key.slice(key.lastIndexOf('-') + 1));
  return {
    id: String(10_000 + number),
    key,
    fields: {
      project: { key: key.slice(0, key.lastIndexOf('-')) },
      issuetype: { name: number % 5 === 0 ? 'Bug' : 'Story' },
      status: { name: ['To Do', 'In Progress', 'Done'][number % 3] },
      labels: number % 4 === 0 ? ['checkout', 'web'] : ['web'],
      components: [{ name: 'Payments' }],
    },
  };
}

/**
 * A 2,000-card board loaded: when every card has its host, against the
 * page's own script adding one plain element to each card (the floor), both
 * from DOMContentLoaded, in the same page load; and what our work cost.
 */
export async function benchBoardLoad(browser: ExtensionBrowser, report: Report): Promise<void> {
  report.line('');
  report.line(
    `## Board of ${CARDS.toLocaleString('en')} realistic cards, loaded (hosts vs the floor, from DOMContentLoaded)`,
  );
  let longest: LongestPieces | null = null;
  /** What the browser did in the longest piece: a 52.4 ms piece of one load in fourteen (5 December) was not told. */
  let inLongest: PieceTrace | null = null;
  /** Each load's longest piece: on a busy machine one load's pause says little, their spread says more. */
  const longestPerLoad: number[] = [];
  /** Each load's longest piece after its hosts, until the tab was left. */
  const afterHosts: number[] = [];
  const hides: number[] = [];
  for (const [url, name] of [
    [WITH_HEADER, 'with header bar'],
    [WITHOUT_HEADER, 'no header bar'],
  ] as const) {
    const ours: number[] = [];
    const floors: number[] = [];
    const work: number[] = [];
    for (let run = 0; run <= LOAD_RUNS; run++) {
      // Each load in a tab of its own, as a user opens a board. Loaded again and again in one tab, the renderer
      // kept the earlier boards (up to ten documents, 2.6 million nodes, with or without the extension alike), and
      // the full collections that marked them (110–500 ms) fell in whichever task ran, ours among them.
      const page = await browser.context.newPage();
      await installProbe(page, CARDS);
      // Collections only: the timeline's events of every task would weigh on the parse the floor is timed in.
      const trace = await tracePieces(browser, page, { callbacks: false });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const timing = await page.waitForFunction(
        () => {
          const win = window as unknown as Window_;
          const { allAt } = win.__probe.state;
          return win.floor && allAt !== null ? { floor: win.floor, allAt } : null;
        },
        undefined,
        { timeout: 120_000, polling: 100 },
      );
      const { floor, allAt } = (await timing.jsonValue()) as { floor: Floor; allAt: number };
      const tabId = await browser.tabIdOf(page);
      const spent = await takeWork(browser, tabId);
      // What follows the hosts until the tab is left is ours too (the background's answers taken in, the summary
      // searched for, what was seen handed over): a user on the board waits behind it as behind the load.
      await page.waitForTimeout(PAGEHIDE_AFTER_MS);
      const after = await takeWork(browser, tabId);
      const { during, finishedIn } = await trace.stop();
      const hide = await timePagehide(page, 0);
      await page.close();
      // The first load warms the service worker, the database and the page cache.
      if (run === 0) continue;
      hides.push(hide);
      // Hosts placed while the page was still being parsed were there before DOMContentLoaded: 0 after it.
      ours.push(Math.max(0, allAt - floor.dclStart));
      floors.push(floor.done - floor.dclStart);
      if (spent) {
        work.push(spent.total);
        const pieces = after ? [spent, after] : [spent];
        const load = longestPieces(pieces, finishedIn);
        if (load) {
          longest = longerOf(longest, load);
          if (longest?.own === load.own) inLongest = tracedPiece({ during }, load.own);
          longestPerLoad.push(load.own.own);
        }
        if (after) afterHosts.push(longestPieces([after], finishedIn)?.own.own ?? after.longest);
      }
    }
    const hosts = spread(ours);
    const floor = spread(floors);
    const ratio = hosts.median / floor.median;
    report.line(`- ${name}: every card's host ${formatSpread(hosts)} after DOMContentLoaded`);
    // Each load's own figures: a median hides the one load in seven whose hosts came a second late (7 December).
    report.line(`  each load in turn: hosts ${ours.map(ms).join(', ')}; floor ${floors.map(ms).join(', ')}`);
    report.line(`  floor (the page adds one element per card at DOMContentLoaded): ${formatSpread(floor)}`);
    report.line(
      `  ratio of medians ${ratio.toFixed(2)}× (budget 1.5×)${work.length ? `; our main thread over the whole load ${formatSpread(spread(work))}` : ''}`,
    );
    const id = name === 'with header bar' ? 'board.load.header' : 'board.load.no-header';
    report.judge({
      id: `${id}.ratio`,
      what: `2,000 cards, ${name}: hosts vs floor`,
      value: ratio,
      unit: '×',
      budget: 1.5,
      spread: hosts,
    });
    report.record(`${id}.floor`, floor);
    report.record(`${id}.loads`, { hosts: ours, floors });
    if (work.length) report.record(`${id}.work`, spread(work));
  }
  report.record('board.load.longest', longest);
  if (longestPerLoad.length > 0) report.record('board.load.longest-per-load', spread(longestPerLoad));
  report.line(
    `- longest single piece of our work while loading, until the tab was left ${PAGEHIDE_AFTER_MS / 1000} s after its hosts: ${longest ? describeOwnPiece(longest.own) : 'none'}`,
  );
  if (inLongest) report.line(`  during it: ${describePiece(inLongest)}`);
  const loadAsTimed = longest && describeLongestAsTimed(longest);
  if (loadAsTimed) report.line(`  ${loadAsTimed}`);
  report.record('board.load.longest-trace', inLongest);
  if (longestPerLoad.length > 0) report.line(`  each load's longest piece: ${formatSpread(spread(longestPerLoad))}`);
  if (afterHosts.length > 0) {
    report.line(`  each load's longest piece after its hosts: ${formatSpread(spread(afterHosts))}`);
    report.record('board.load.longest-after-hosts', spread(afterHosts));
  }
  const hide = spread(hides);
  report.line(
    `- the tab left ${PAGEHIDE_AFTER_MS / 1000} s after its board loaded: our pagehide handler ${formatSpread(hide)}`,
  );
  report.record('board.load.pagehide', hide);
  report.judge({
    id: 'board.load.longest',
    what: 'longest piece of our work, loading (less collections finished in it at a stack guard)',
    value: longest?.own.own ?? 0,
    unit: 'ms',
    budget: 50,
  });
}

/** How long after its hosts and floor a loaded board's tab is left, in the pagehide figure. */
const PAGEHIDE_AFTER_MS = 1000;

interface Pattern {
  id: string;
  what: string;
  /** The page's change (a method of `window.board`) and its arguments for a run. */
  call: keyof Omit<BoardApi, 'floorFor' | 'insertedAt'>;
  args(run: number): [number, number?];
  /** Whether the 50-card budgets apply (every pattern is timed; the column is 400 cards at once). */
  budgeted: boolean;
}

const PATTERNS: Pattern[] = [
  {
    id: 'replaced',
    what: `${CHANGED} cards replaced by new nodes, same keys`,
    call: 'replaceCards',
    args: (run) => [CHANGED, run * 60],
    budgeted: true,
  },
  {
    id: 'never-seen',
    what: `${CHANGED} cards replaced by cards never on the board`,
    call: 'replaceWithNew',
    args: (run) => [CHANGED, run * 60 + 30],
    budgeted: true,
  },
  {
    id: 'insides',
    what: `${CHANGED} cards' insides re-rendered, card elements kept`,
    call: 'replaceInsides',
    args: (run) => [CHANGED, run * 60 + 10],
    budgeted: true,
  },
  {
    id: 'scroll',
    what: `virtualized scroll: ${CHANGED} cards dropped, ${CHANGED} unseen added`,
    call: 'scroll',
    args: () => [CHANGED / 5],
    budgeted: true,
  },
  {
    id: 'column',
    what: `a whole column (${CARDS / 5} cards) replaced`,
    call: 'replaceColumn',
    args: (run) => [run % 5],
    budgeted: false,
  },
];

/**
 * The board re-rendered the ways Jira does: each change timed from the end
 * of the page's insertion to the moment every new card has its host, beside
 * the page adding one element to each of those cards (the floor), with what
 * our work cost for that change.
 */
export async function benchBoardChanges(browser: ExtensionBrowser, report: Report): Promise<void> {
  report.line('');
  report.line(`## The same board re-rendered (no header bar), timed from each insertion`);
  const page = await browser.context.newPage();
  await installProbe(page, CARDS);
  await page.goto(WITHOUT_HEADER, { timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as Window_).__probe.state.allAt !== null, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const tabId = await browser.tabIdOf(page);
  // The load's own work (facts of 2,000 cards fetched and taken in) is over before the first change.
  await workUntilQuiet(browser, tabId);
  // What fell in the longest piece: a collection of a page that drops thousands of cards' elements, or our work.
  const trace = await tracePieces(browser, page, { callbacks: false });
  /** The reports of each change's work (and of what followed it), with the change's pattern: its longest piece is judged. */
  const changeReports: Work[] = [];
  const reportPatterns: string[] = [];
  /** Every piece of ours while traced, `[start, ms]`: the changes', what followed them and what the floors cost us. */
  const ourPieces: [number, number][] = [];
  /** Per pattern, each change's own pieces (`[start, ms]`): what of them was garbage collection is read once traced. */
  const placingPieces: { pattern: Pattern; changes: [number, number][][] }[] = [];
  for (const pattern of PATTERNS) {
    const ownPieces: [number, number][][] = [];
    placingPieces.push({ pattern, changes: ownPieces });
    const latency: number[] = [];
    const floors: number[] = [];
    const work: number[] = [];
    /** The change's own pieces, begun before its last host was in the page; and what followed in later tasks. */
    const placing: number[] = [];
    const followingWork: number[] = [];
    /** What the floor's own elements cost us: a change of the page's too, but not the one timed. */
    const floorWork: number[] = [];
    for (let run = 0; run < CHANGE_RUNS; run++) {
      // A frame apart, as changes come in a live page; our figures start afresh.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      await takeWork(browser, tabId);
      // The change and the watch for its hosts in one go: the overlay places them before this script even returns.
      const figures = await page.evaluate(
        async ({ call, args }) => {
          const win = window as unknown as Window_;
          const change = win.board[call] as (...values: number[]) => string[];
          const keys = change(...args.filter((value): value is number => value !== undefined));
          const done = await win.__probe.watch(keys);
          return { latency: done - win.board.insertedAt, done, keys };
        },
        { call: pattern.call, args: pattern.args(run) },
      );
      const spent = await takeWork(browser, tabId);
      const reports = spent ? [spent, ...(await workUntilQuiet(browser, tabId))] : [];
      // The floor is a change of its own (an element added to each card): timed once this one's work is taken, so
      // that what we do about those elements is not counted as this change's.
      floors.push(await page.evaluate((keys) => (window as unknown as Window_).board.floorFor(keys), figures.keys));
      const floorReports = await workUntilQuiet(browser, tabId);
      const afterFloor = totalOf(floorReports);
      for (const taken of [...reports, ...floorReports]) ourPieces.push(...piecesOf(taken));
      latency.push(Math.max(0, figures.latency));
      if (spent) {
        // Split on the page's clock: the pieces begun before the last host came are the change's; the rest (its new
        // items' facts asked, fetched from the tracker and taken in) came in tasks of their own, hundreds of ms on.
        const { before, after } = splitAt(reports, figures.done);
        ownPieces.push(reports.flatMap(piecesOf).filter(([start]) => start <= figures.done));
        floorWork.push(afterFloor);
        placing.push(before);
        followingWork.push(after);
        work.push(before + after);
        for (const taken of reports) {
          changeReports.push(taken);
          reportPatterns.push(pattern.what);
        }
      }
    }
    const hosts = spread(latency);
    report.line(`- ${pattern.what}: all hosts ${formatSpread(hosts)} after the insertion`);
    report.line(`  floor (one element added to each of those cards): ${formatSpread(spread(floors))}`);
    if (work.length) {
      report.line(
        `  our main thread until its hosts were placed (the change's own pieces) ${formatSpread(spread(placing))}`,
      );
      report.line(
        `  what followed in later tasks (facts asked, fetched from the tracker and taken in) ${formatSpread(spread(followingWork))}; both together ${formatSpread(spread(work))}; apart from it, the floor's own added elements ${formatSpread(spread(floorWork))}`,
      );
      report.record(`board.${pattern.id}.placing`, spread(placing));
      report.record(`board.${pattern.id}.following`, spread(followingWork));
      report.record(`board.${pattern.id}.all-work`, spread(work));
      report.record(`board.${pattern.id}.floor-work`, spread(floorWork));
    }
    report.record(`board.${pattern.id}.floor`, spread(floors));
    if (!pattern.budgeted) {
      report.record(`board.${pattern.id}.hosts`, hosts);
      if (work.length) report.record(`board.${pattern.id}.work`, spread(placing));
      continue;
    }
    report.judge({
      id: `board.${pattern.id}.median`,
      what: `${pattern.what}: median`,
      value: hosts.median,
      unit: 'ms',
      budget: 16,
      spread: hosts,
    });
    report.judge({
      id: `board.${pattern.id}.p95`,
      what: `${pattern.what}: p95`,
      value: hosts.p95,
      unit: 'ms',
      budget: 50,
    });
    if (work.length) {
      const spentSpread = spread(placing);
      report.judge({
        id: `board.${pattern.id}.work`,
        what: `${pattern.what}: our main thread until its hosts were placed (median)`,
        value: spentSpread.median,
        unit: 'ms',
        budget: 4,
        spread: spentSpread,
      });
    }
  }
  const perCard = await cardsWithoutOneHost(page, REALISTIC_CARD);
  report.line(`- cards without exactly one host after all changes: ${perCard}`);
  report.judge({
    id: 'board.changes.one-host',
    what: 'cards without exactly one host',
    value: perCard,
    unit: 'cards',
    budget: 0,
  });
  const { during, pauses, finishedIn } = await trace.stop();
  const longest = longestPieces(changeReports, finishedIn);
  const inLongest = longest && tracedPiece({ during }, longest.own);
  report.line(
    `- longest single piece of our work during the changes: ${longest ? `${describeOwnPiece(longest.own)} (${reportPatterns[longest.own.report]})` : 'none'}`,
  );
  if (inLongest) report.line(`  during it: ${describePiece(inLongest)}`);
  const asTimed = longest && describeLongestAsTimed(longest);
  if (longest && asTimed) report.line(`  ${asTimed} (${reportPatterns[longest.timed.report]})`);
  report.line(`  while the changes ran: ${describePauses(pauses, ourPieces)}`);
  for (const { pattern, changes } of placingPieces) {
    /** Per change: what its own pieces took, and what of that was garbage collection. */
    const split = changes.flatMap((pieces) => {
      const traced = pieces.map(([from, spent]) => during(from, spent));
      if (!traced.every((piece) => piece !== null)) return [];
      const collected = traced.reduce((sum, piece) => sum + piece.collections, 0);
      const took = pieces.reduce((sum, [, spent]) => sum + spent, 0);
      return [{ collected, rest: took - collected }];
    });
    if (split.length === 0) continue;
    const collected = spread(split.map((change) => change.collected));
    const rest = spread(split.map((change) => change.rest));
    const some = split.filter((change) => change.collected > 0).length;
    report.line(
      `- ${pattern.what}: garbage collections within its own pieces ${formatSpread(collected)} (in ${some} of ${split.length} changes); the rest of them ${formatSpread(rest)}`,
    );
    report.record(`board.${pattern.id}.placing-collections`, collected);
    report.record(`board.${pattern.id}.placing-without-collections`, rest);
  }
  report.record('board.changes.longest-pieces', longest);
  report.record('board.changes.longest-trace', inLongest);
  report.record('board.changes.whole-heap-pauses', pauses);
  report.judge({
    id: 'board.changes.longest',
    what: 'longest piece of our work, changes (less collections finished in it at a stack guard)',
    value: longest?.own.own ?? 0,
    unit: 'ms',
    budget: 50,
  });
  await page.close();
}
