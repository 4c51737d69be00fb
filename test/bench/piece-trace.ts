import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { piecesOf, type Work } from './overlay-probe';
import { ms } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own running time, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
}

/** What the browser did during a piece of our work, ms. */
export interface PieceTrace {
  /** Garbage collections on the page's main thread: V8's and the DOM heap's, marking steps included. */
  collections: number;
  /** The same time by collector: V8's young generation, V8's whole heap (its marking steps too), the DOM's heap. */
  byKind: Record<CollectionKind, number>;
  /**
   * The callback that held the piece: how long it took, and the time the main thread's own clock counted in it
   * (`TraceResult.threadClock` says how far that clock can be trusted); null if none was traced.
   */
  callback: { took: number; ran: number } | null;
}

/**
 * The collectors' events (V8's, and the DOM's own heap's, whose marking
 * steps run as elements and node lists are made) and User Timing marks to
 * place the page's clock on the trace's; with `callbacks`, the callbacks the
 * page's main thread ran too (with their thread time).
 */
const COLLECTIONS = 'disabled-by-default-v8.gc,cppgc,disabled-by-default-cppgc,blink.user_timing';
const CALLBACKS = 'devtools.timeline';
export type CollectionKind = 'young' | 'whole' | 'dom';
const KINDS: readonly (readonly [CollectionKind, RegExp])[] = [
  ['young', /^(MinorGC$|V8\.GC_(SCAVENGER|MINOR_MS|MINOR_MC))/],
  ['whole', /^(MajorGC$|V8\.GC)/],
  ['dom', /^CppGC\./],
];

/**
 * Which collection a trace event is (part of): V8's young generation, V8's whole heap, the DOM's heap (Oilpan,
 * `CppGC.*`), under V8's names or the timeline's own; null if it is none.
 */
export function collectionKind(name: string): CollectionKind | null {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  return null;
}

/** Set once, as tracing stops, and cleared at once: the page keeps no entry of it. */
const ANCHOR = 'throughline-bench:trace-anchor';
/** Clock rounding between the page's `performance.now()` and the trace's: a callback holds a piece within this. */
const SLACK_MS = 0.3;
/** The busy loop run as a trace ends, to see how the thread's clock counts it (`ThreadClock`). */
const CALIBRATION_MS = 50;

/** A traced event on the page's main thread, page clock, ms; `ran`: its thread time, if traced. */
export interface MainThreadEvent {
  name: string;
  start: number;
  end: number;
  ran: number | null;
}

/**
 * The shortest callback traced with its thread time that holds `from`-`to`: how long it took, and the time the main
 * thread's own clock counted in it. Promise continuations (a tracker's answer taken in) run outside any callback:
 * tracing them takes V8's category of every call into script, which weighs on what is timed.
 */
export function callbackHolding(
  events: readonly MainThreadEvent[],
  from: number,
  to: number,
): { took: number; ran: number } | null {
  let holding: { took: number; ran: number } | null = null;
  for (const event of events) {
    if (event.name !== 'FunctionCall' || event.ran === null) continue;
    if (event.start > from + SLACK_MS || event.end < to - SLACK_MS) continue;
    const took = event.end - event.start;
    if (!holding || took < holding.took) holding = { took, ran: event.ran };
  }
  return holding;
}

/** Time `from`–`to` covered by the union of `spans` (each `[start, end]`). */
export function coveredBetween(spans: readonly (readonly [number, number])[], from: number, to: number): number {
  const clipped = spans
    .map(([start, end]) => [Math.max(start, from), Math.min(end, to)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [start, end] of clipped) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/** What a piece's trace says, as a line of the report. */
export function describePiece(trace: PieceTrace): string {
  const { collections, byKind, callback } = trace;
  const held = `garbage collections ${ms(collections)} (V8 young ${ms(byKind.young)}, V8 whole heap ${ms(byKind.whole)}, DOM heap ${ms(byKind.dom)})`;
  return callback
    ? `${held}; the callback that held it took ${ms(callback.took)}, of which the thread's clock counted ${ms(callback.ran)}`
    : held;
}

/**
 * A busy loop run in the page as the trace ends: its thread time against its
 * wall time, so that a callback's thread time short of its length can be read
 * as time the main thread waited (for a core, or for a collector's helpers).
 * Checked, not assumed: in a browser launched bare on this machine
 * (7 December), a 50 ms loop on a blank page was counted 21-38 ms while the
 * kernel had a core busy throughout; in the benchmark's browser, 42-50 ms.
 */
export interface ThreadClock {
  took: number;
  counted: number;
}

/** The calibration as a line of the report. */
export function describeThreadClock(clock: ThreadClock | null): string {
  return clock
    ? `the thread's clock counted a busy loop of ${ms(clock.took)} as ${ms(clock.counted)} (${Math.round((100 * clock.counted) / clock.took)}%)`
    : 'the busy loop that checks the thread clock was not traced';
}

/**
 * The busy loop's callback among a trace's events: the first callback from `from` on that took `ms` or more, the
 * clocks' rounding allowed for (a loop the page timed at 50.0 ms the trace may hold a hair shorter).
 */
export function calibrationOf(events: readonly MainThreadEvent[], from: number, ms: number): ThreadClock | null {
  const loop = events.find(
    (event) =>
      event.name === 'FunctionCall' &&
      event.start >= from &&
      event.ran !== null &&
      event.end - event.start >= ms - SLACK_MS,
  );
  return loop && loop.ran !== null ? { took: loop.end - loop.start, counted: loop.ran } : null;
}

/** What a trace told, once stopped. */
export interface TraceResult {
  during(from: number, ms: number): PieceTrace | null;
  pauses: readonly Pause[];
  /** Time of the whole-heap collections finished at a stack guard (`FINISHED_AT_STACK_GUARD`) within a piece. */
  finishedIn(from: number, ms: number): number;
  /** With `callbacks`, how the main thread's clock counted a busy loop of known length (`ThreadClock`). */
  threadClock: ThreadClock | null;
  /** Whether the browser said it lost some of the trace (its buffer full): what it misses, `during` cannot tell. */
  lost: boolean;
}

/**
 * The outermost event of a whole-heap collection finished at a stack guard
 * (MajorGC's type: "finalize incremental marking via stack guard"). V8
 * marks the heap beside the page's tasks; done, it has the main thread
 * finish the collection at the next check any running script makes, whose
 * script it is. Traced over 40 replaced columns (6 December), all five
 * whole-heap pauses were these, 19–63 ms each, on a heap of 8–12 MB
 * (5 MB after); per column the page's own script allocated 2.8 MB, ours
 * 0.9 MB. Three fell at the entry of a task of ours, before the first line
 * that times a piece, two in a DevTools message. One that comes a moment
 * later falls inside a piece instead.
 */
const FINISHED_AT_STACK_GUARD = 'V8.GCHandleGCRequest';

/** Of these pauses, the time of those finished at a stack guard within a piece of `ms` from `from`. */
export function finishedAtStackGuard(pauses: readonly Pause[]): (from: number, ms: number) => number {
  const spans = pauses
    .filter((pause) => pause.by === FINISHED_AT_STACK_GUARD)
    .map((pause) => [pause.start, pause.end] as const);
  return (from, spent) => coveredBetween(spans, from, from + spent);
}

/** A piece of ours: when it began (page clock), what it took, and that less the collections finished in it. */
export interface OwnPiece {
  at: number;
  timed: number;
  own: number;
  /** Which of the reports it came from. */
  report: number;
}

/** The longest of some reports' pieces by their own time, and the longest as timed: the same piece but for a collection. */
export interface LongestPieces {
  own: OwnPiece;
  timed: OwnPiece;
}

/**
 * The longest of these reports' pieces by their own time (each piece less
 * the whole-heap collections finished in it at a stack guard, which would
 * have fallen at the entry of whichever task ran a script next), and the
 * longest as timed, so that a collection taken out of the judged figure is
 * still in the report. A report that kept fewer starts than it had pieces
 * counts its longest piece as timed: its other pieces, unknown, may be
 * longer than that one's own time.
 */
export function longestPieces(
  reports: readonly Work[],
  finishedIn: (from: number, ms: number) => number,
): LongestPieces | null {
  let longest: LongestPieces | null = null;
  for (const [report, work] of reports.entries()) {
    const known = piecesOf(work);
    const candidates: OwnPiece[] =
      known.length === work.pieces
        ? known.map(([at, timed]) => ({ at, timed, own: timed - finishedIn(at, timed), report }))
        : [{ at: work.longestAt ?? Number.NaN, timed: work.longest, own: work.longest, report }];
    for (const piece of candidates) longest = longerOf(longest, { own: piece, timed: piece });
  }
  return longest;
}

/** Of two findings of `longestPieces`, each piece the longer. */
export function longerOf(a: LongestPieces | null, b: LongestPieces | null): LongestPieces | null {
  if (!a || !b) return a ?? b;
  return {
    own: b.own.own > a.own.own ? b.own : a.own,
    timed: b.timed.timed > a.timed.timed ? b.timed : a.timed,
  };
}

/** The longest piece as timed, as a line of the report, when it is not the longest by its own time; else null. */
export function describeLongestAsTimed(longest: LongestPieces): string | null {
  return longest.timed.timed > longest.own.timed ? `the longest as timed: ${describeOwnPiece(longest.timed)}` : null;
}

/** What the browser did during a piece, if the build told when it began. */
export function tracedPiece(trace: Pick<TraceResult, 'during'>, piece: OwnPiece): PieceTrace | null {
  return Number.isNaN(piece.at) ? null : trace.during(piece.at, piece.timed);
}

/** A longest piece's figure as a line of the report: its own time, and what it took as timed if that was more. */
export function describeOwnPiece(piece: OwnPiece): string {
  return piece.own < piece.timed
    ? `${ms(piece.own)} (as timed ${ms(piece.timed)}, of which ${ms(piece.timed - piece.own)} a whole-heap collection finished at a stack guard)`
    : ms(piece.own);
}

/** A whole-heap collection's pause on the page's main thread, page clock, ms; `by`: the event that spans it. */
export interface Pause {
  by: string;
  start: number;
  end: number;
}

/** V8's atomic mark-compact: the pause at the end of a whole-heap collection, whatever task it fell in. */
const MARK_COMPACT = 'V8.GC_MARK_COMPACTOR';

/**
 * The pauses of whole-heap collections among a main thread's events: each
 * mark-compact, widened to the outermost collection event around it (a
 * request to collect that a script ran into, with the DOM heap's prologue
 * and epilogue). On a page of a few hundred thousand elements these took
 * 12-68 ms (twice near 400), and fell in whichever task was running when
 * they came due: the page's, or a piece of ours.
 */
export function wholeHeapPauses(events: readonly { name: string; start: number; end: number }[]): Pause[] {
  const whole = events.filter((event) => collectionKind(event.name) === 'whole');
  const pauses = new Map<string, Pause>();
  for (const compact of whole.filter((event) => event.name === MARK_COMPACT)) {
    let outer = compact;
    for (const event of whole)
      if (event.start <= outer.start && event.end >= outer.end && event.end - event.start > outer.end - outer.start)
        outer = event;
    pauses.set(`${outer.start}:${outer.end}`, { by: outer.name, start: outer.start, end: outer.end });
  }
  return [...pauses.values()].sort((a, b) => a.start - b.start);
}

/**
 * The whole-heap pauses as a line of the report: how many, the longest, and
 * (given the pieces of ours, `[start, ms]` on the page's clock) how many fell
 * within one: a long task of ours can be one of these, not our work.
 */
export function describePauses(pauses: readonly Pause[], pieces?: readonly (readonly [number, number])[]): string {
  if (pauses.length === 0) return 'no whole-heap collection paused the page';
  const longest = Math.max(...pauses.map((pause) => pause.end - pause.start));
  const counted = `${pauses.length} whole-heap collection pause${pauses.length === 1 ? '' : 's'}, the longest ${ms(longest)}`;
  if (!pieces) return counted;
  const ours = pauses.filter((pause) =>
    pieces.some(([from, spent]) => pause.start >= from - SLACK_MS && pause.end <= from + spent + SLACK_MS),
  ).length;
  return `${counted}; ${ours} of them in a piece of ours, the rest in the page's own tasks`;
}

/**
 * Traces a page's main thread from now until `stop`, so that a long piece of
 * ours can be told apart: a garbage collection that came due in it (on a
 * page of 400,000 nodes a young-generation one took 13–45 ms), or a main
 * thread that waited for one of this machine's two cores (a 70 ms piece
 * whose callback ran 31 ms, traced) against our own work. Start it before
 * the page loads: tracing goes on across the navigation. Without `callbacks`
 * only the collections are traced, not the timeline's events of every task
 * the page runs: for figures of a few milliseconds a change.
 */
export async function tracePieces(browser: ExtensionBrowser, page: Page, { callbacks = true } = {}) {
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const categories = callbacks ? `${COLLECTIONS},${CALLBACKS}` : COLLECTIONS;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    /**
     * Stops tracing: then `during`, what the browser did during a piece of `ms` from `from` (page clock; null if
     * untraced), and the whole-heap collections' pauses on the page's main thread while it was traced.
     */
    async stop(): Promise<TraceResult> {
      const at = await page.evaluate((name) => {
        const mark = performance.mark(name);
        performance.clearMarks(name);
        return mark.startTime;
      }, ANCHOR);
      if (callbacks)
        await page.evaluate(
          (loop) =>
            new Promise<void>((done) =>
              setTimeout(() => {
                const start = performance.now();
                while (performance.now() - start < loop);
                done();
              }, 0),
            ),
          CALIBRATION_MS,
        );
      const complete = new Promise<boolean>((resolve) =>
        cdp.once('Tracing.tracingComplete', ({ dataLossOccurred }) => resolve(dataLossOccurred)),
      );
      await cdp.send('Tracing.end');
      const lost = await complete;
      await cdp.detach();
      const anchor = events.find((event) => event.name === ANCHOR);
      if (!anchor) return { during: () => null, pauses: [], finishedIn: () => 0, threadClock: null, lost };
      const offset = anchor.ts / 1000 - at;
      const onMain: MainThreadEvent[] = events
        .filter((event) => event.ph === 'X' && event.pid === anchor.pid && event.tid === anchor.tid)
        .map((event) => ({
          name: event.name,
          start: event.ts / 1000 - offset,
          end: (event.ts + (event.dur ?? 0)) / 1000 - offset,
          ran: event.tdur === undefined ? null : event.tdur / 1000,
        }));
      const collections = onMain.flatMap((event) => {
        const kind = collectionKind(event.name);
        return kind ? [{ kind, span: [event.start, event.end] as const }] : [];
      });
      const spans = (kind?: CollectionKind) =>
        collections.filter((event) => kind === undefined || event.kind === kind).map((event) => event.span);
      const during = (from: number, ms: number): PieceTrace => {
        const to = from + ms;
        return {
          collections: coveredBetween(spans(), from, to),
          byKind: {
            young: coveredBetween(spans('young'), from, to),
            whole: coveredBetween(spans('whole'), from, to),
            dom: coveredBetween(spans('dom'), from, to),
          },
          callback: callbackHolding(onMain, from, to),
        };
      };
      const pauses = wholeHeapPauses(onMain);
      return {
        during,
        pauses,
        finishedIn: finishedAtStackGuard(pauses),
        threadClock: calibrationOf(onMain, at, CALIBRATION_MS),
        lost,
      };
    },
  };
}
