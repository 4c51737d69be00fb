import { describe, expect, it } from 'vitest';
import { collectionKind, coveredBetween, describePauses, wholeHeapPauses } from '../../bench/piece-trace';

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
