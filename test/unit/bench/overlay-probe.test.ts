import { describe, expect, it } from 'vitest';
import { piecesOf, splitAt, type Work } from '../../bench/overlay-probe';

const report = (starts: number[], total: number): Work => ({
  total,
  longest: 0,
  pieces: starts.length / 2,
  starts,
});

describe('piecesOf', () => {
  it("pairs a report's kept starts with what each piece took", () => {
    expect(piecesOf(report([10, 2.5, 40, 1], 3.5))).toEqual([
      [10, 2.5],
      [40, 1],
    ]);
    expect(piecesOf(report([], 0))).toEqual([]);
  });
});

describe('splitAt', () => {
  it('splits pieces at a moment, counting what a report did not list as before it', () => {
    const reports = [report([10, 2, 40, 3], 5), report([100, 4], 6)];
    // 2 ms of the second report's pieces were not listed: counted before, never flattering the change's figure.
    expect(splitAt(reports, 20)).toEqual({ before: 2 + 2, after: 3 + 4 });
    expect(splitAt(reports, 5)).toEqual({ before: 2, after: 9 });
  });
});
