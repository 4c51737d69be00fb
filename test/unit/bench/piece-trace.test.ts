import { describe, expect, it } from 'vitest';
import {
  calibrationOf,
  callbackHolding,
  collectionKind,
  coveredBetween,
  describeLongestAsTimed,
  describeOwnPiece,
  describePauses,
  describeThreadClock,
  finishedAtStackGuard,
  longerOf,
  longestPieces,
  tracedPiece,
  wholeHeapPauses,
} from '../../bench/piece-trace';

describe('coveredBetween', () => {
  it('counts nested and overlapping spans once, and only within the window', () => {
    // A collection with its phases nested inside it, one that began before the window, one after it.
    const spans = [
      [10, 30],
      [12, 20],
      [25, 35],
      [0, 5],
      [-5, 2],
      [60, 70],
    ] as const;
    expect(coveredBetween(spans, 0, 50)).toBe(5 + 25);
    expect(coveredBetween(spans, 15, 28)).toBe(13);
    expect(coveredBetween(spans, 40, 55)).toBe(0);
    expect(coveredBetween([], 0, 10)).toBe(0);
  });
});

describe('collectionKind', () => {
  it("tells V8's young and whole-heap collections and the DOM heap's apart, and names nothing else", () => {
    expect(['V8.GC_SCAVENGER', 'V8.GC_SCAVENGER_PARALLEL', 'MinorGC', 'V8.GC_MINOR_MS'].map(collectionKind)).toEqual([
      'young',
      'young',
      'young',
      'young',
    ]);
    expect(['V8.GCIncrementalMarking', 'V8.GC_MARK_COMPACTOR', 'MajorGC'].map(collectionKind)).toEqual([
      'whole',
      'whole',
      'whole',
    ]);
    expect(collectionKind('CppGC.MarkOnAllocation')).toBe('dom');
    for (const name of ['FunctionCall', 'V8.Execute', 'CppGCish', 'MinorGCSomething', 'Layout'])
      expect(collectionKind(name)).toBeNull();
  });
});

describe('wholeHeapPauses', () => {
  const event = (name: string, start: number, end: number) => ({ name, start, end });

  it('takes each mark-compact with the outermost collection event around it, and nothing else', () => {
    const events = [
      // A request a script ran into: the DOM heap's prologue, then the mark-compact and its phases.
      event('V8.GCHandleGCRequest', 100, 168),
      event('V8.GC_HEAP_EXTERNAL_PROLOGUE', 100, 106),
      event('V8.GC_MARK_COMPACTOR', 106.5, 167),
      event('V8.GC_MC_MARK', 107, 140),
      event('FunctionCall', 90, 180),
      // One run as a task of its own.
      event('V8.GC_MARK_COMPACTOR', 300, 327),
      // Incremental marking steps and young collections are no pause of this kind.
      event('V8.GC_MC_INCREMENTAL', 200, 214),
      event('V8.GC_SCAVENGER', 250, 256),
      event('CppGC.AtomicMark', 301, 310),
    ];
    expect(wholeHeapPauses(events)).toEqual([
      { by: 'V8.GCHandleGCRequest', start: 100, end: 168 },
      { by: 'V8.GC_MARK_COMPACTOR', start: 300, end: 327 },
    ]);
    // Listed in any order, the outermost is still found.
    expect(wholeHeapPauses([...events].reverse())).toEqual(wholeHeapPauses(events));
    expect(wholeHeapPauses(events.filter((e) => e.name !== 'V8.GC_MARK_COMPACTOR'))).toEqual([]);
  });
});

describe('describePauses', () => {
  const pauses = [
    { by: 'V8.GCHandleGCRequest', start: 100, end: 168 },
    { by: 'V8.GC_MARK_COMPACTOR', start: 300, end: 327 },
  ];

  it('counts the pauses and gives the longest', () => {
    expect(describePauses(pauses)).toBe('2 whole-heap collection pauses, the longest 68.0 ms');
    expect(describePauses([])).toBe('no whole-heap collection paused the page');
  });

  it('says how many fell within a piece of ours', () => {
    // The first within a piece (to the clocks' rounding), the second only partly inside one.
    const pieces = [
      [99.9, 68.2],
      [310, 30],
    ] as const;
    expect(describePauses(pauses, pieces)).toBe(
      "2 whole-heap collection pauses, the longest 68.0 ms; 1 of them in a piece of ours, the rest in the page's own tasks",
    );
    expect(describePauses(pauses, [])).toContain('; 0 of them in a piece of ours');
  });
});

describe('finishedAtStackGuard', () => {
  it('counts only the pauses a script ran into, and only within the piece', () => {
    const finishedIn = finishedAtStackGuard([
      { by: 'V8.GCHandleGCRequest', start: 100, end: 146 },
      // A collection run as a task of its own, or one an allocation forced, is not one of them.
      { by: 'V8.GC_MARK_COMPACTOR', start: 300, end: 327 },
    ]);
    expect(finishedIn(95, 52)).toBe(46);
    expect(finishedIn(120, 50)).toBe(26);
    expect(finishedIn(290, 50)).toBe(0);
    expect(finishedIn(0, 50)).toBe(0);
  });
});

describe('longestPieces', () => {
  const work = (pieces: [number, number][], extra?: { pieces: number; longest: number; longestAt: number }) => {
    const longest = pieces.reduce((top, piece) => (piece[1] > top[1] ? piece : top), [0, 0]);
    return {
      total: pieces.reduce((sum, [, spent]) => sum + spent, 0),
      longest: extra?.longest ?? longest[1],
      longestAt: extra?.longestAt ?? longest[0],
      pieces: extra?.pieces ?? pieces.length,
      starts: pieces.flat(),
    };
  };
  const finishedIn = finishedAtStackGuard([{ by: 'V8.GCHandleGCRequest', start: 100, end: 146 }]);

  it('takes out of each piece the collection finished in it, and then picks the longest', () => {
    // A 52 ms piece that held a 46 ms collection is 6 ms of ours; the 20 ms piece of the next report is the longest.
    const longest = longestPieces(
      [
        work([[95, 52]]),
        work([
          [200, 20],
          [250, 3],
        ]),
      ],
      finishedIn,
    );
    expect(longest?.own).toEqual({ at: 200, timed: 20, own: 20, report: 1 });
    expect(longestPieces([work([[95, 52]])], finishedIn)?.own).toEqual({ at: 95, timed: 52, own: 6, report: 0 });
    expect(longestPieces([], finishedIn)).toBeNull();
  });

  it('keeps the longest piece as timed beside it, with its own time', () => {
    const longest = longestPieces([work([[200, 20]]), work([[95, 52]])], finishedIn);
    expect(longest?.timed).toEqual({ at: 95, timed: 52, own: 6, report: 1 });
    expect(longest && describeLongestAsTimed(longest)).toBe(
      'the longest as timed: 6.0 ms (as timed 52.0 ms, of which 46.0 ms a whole-heap collection finished at a stack guard)',
    );
    // The same piece both ways: nothing more to tell.
    const alone = longestPieces([work([[200, 20]])], finishedIn);
    expect(alone && describeLongestAsTimed(alone)).toBeNull();
  });

  it('counts as timed the longest piece of a report that did not keep every piece', () => {
    // 70 pieces, 64 of them kept: another piece may be longer than the longest one's 6 ms of its own.
    const partial = work([[300, 2]], { pieces: 70, longest: 52, longestAt: 95 });
    expect(longestPieces([partial], finishedIn)?.own).toEqual({ at: 95, timed: 52, own: 52, report: 0 });
  });

  it('describes a piece by its own time, and by its time as timed when a collection was taken out', () => {
    expect(describeOwnPiece({ at: 95, timed: 52, own: 6, report: 0 })).toBe(
      '6.0 ms (as timed 52.0 ms, of which 46.0 ms a whole-heap collection finished at a stack guard)',
    );
    expect(describeOwnPiece({ at: 200, timed: 20, own: 20, report: 1 })).toBe('20.0 ms');
  });

  it('merges two findings piece by piece, and traces a piece only if its start was told', () => {
    const first = longestPieces([work([[95, 52]])], finishedIn);
    const second = longestPieces([work([[200, 20]])], finishedIn);
    expect(longerOf(first, second)).toEqual({ own: second?.own, timed: first?.timed });
    expect(longerOf(null, second)).toBe(second);
    expect(longerOf(first, null)).toBe(first);
    const during = (from: number, spent: number) => ({
      collections: from + spent,
      byKind: { young: 0, whole: 0, dom: 0 },
      callback: null,
    });
    expect(tracedPiece({ during }, { at: 95, timed: 52, own: 6, report: 0 })?.collections).toBe(147);
    expect(tracedPiece({ during }, { at: Number.NaN, timed: 52, own: 52, report: 0 })).toBeNull();
  });
});

/** A traced event on the page's main thread, as the trace's reader makes it. */
const event = (name: string, start: number, end: number, ran: number | null) => ({ name, start, end, ran });

describe('callbackHolding', () => {
  it('answers the shortest callback that holds the piece', () => {
    const events = [
      event('FunctionCall', 0, 100, 60),
      event('FunctionCall', 10, 73, 33.25),
      event('V8.GC_MC_INCREMENTAL', 20, 29.5, 9.5),
    ];
    expect(callbackHolding(events, 11, 72)).toEqual({ took: 63, ran: 33.25 });
  });

  it('allows for the clocks rounding apart, and no more', () => {
    const events = [event('FunctionCall', 10.25, 40.25, 20)];
    expect(callbackHolding(events, 10, 40)).toEqual({ took: 30, ran: 20 });
    expect(callbackHolding(events, 9.75, 40)).toBeNull();
  });

  it('leaves out events without thread time and those that do not run script', () => {
    const events = [event('FunctionCall', 0, 50, null), event('ParseHTML', 0, 50, 50)];
    expect(callbackHolding(events, 10, 20)).toBeNull();
  });
});

describe('calibrationOf', () => {
  it('finds the busy loop: the first callback from the anchor on that took as long as the loop', () => {
    const events = [
      event('FunctionCall', 90, 160, 70),
      event('FunctionCall', 100, 101, 1),
      event('FunctionCall', 102, 152.5, 25.25),
      event('FunctionCall', 160, 220, 60),
    ];
    expect(calibrationOf(events, 100, 50)).toEqual({ took: 50.5, counted: 25.25 });
  });

  it('allows for the clocks rounding apart, and no more', () => {
    expect(calibrationOf([event('FunctionCall', 100, 149.75, 49.5)], 100, 50)).toEqual({ took: 49.75, counted: 49.5 });
    expect(calibrationOf([event('FunctionCall', 100, 149.5, 49.5)], 100, 50)).toBeNull();
  });

  it('answers null when the loop was not traced with its thread time', () => {
    expect(calibrationOf([event('FunctionCall', 100, 151, null)], 100, 50)).toBeNull();
    expect(calibrationOf([], 100, 50)).toBeNull();
  });
});

describe('describeThreadClock', () => {
  it('gives the loop, what the thread clock counted, and the share', () => {
    expect(describeThreadClock({ took: 50, counted: 25 })).toBe(
      "the thread's clock counted a busy loop of 50.0 ms as 25.0 ms (50%)",
    );
  });

  it('says so when there was no loop traced', () => {
    expect(describeThreadClock(null)).toBe('the busy loop that checks the thread clock was not traced');
  });
});
