import { describe, expect, it } from 'vitest';
import { collectionKind, coveredBetween } from '../../bench/piece-trace';

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
