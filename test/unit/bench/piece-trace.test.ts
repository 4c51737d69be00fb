import { describe, expect, it } from 'vitest';
import { coveredBetween, isCollection } from '../../bench/piece-trace';

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

describe('isCollection', () => {
  it("names V8's collections, the DOM heap's and the timeline's, and nothing else", () => {
    for (const name of ['V8.GC_SCAVENGER', 'V8.GCIncrementalMarking', 'CppGC.MarkOnAllocation', 'MinorGC', 'MajorGC'])
      expect(isCollection(name)).toBe(true);
    for (const name of ['FunctionCall', 'V8.Execute', 'CppGCish', 'MinorGCSomething', 'Layout'])
      expect(isCollection(name)).toBe(false);
  });
});
