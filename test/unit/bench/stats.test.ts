import { describe, expect, it } from 'vitest';
import { formatSpread, spread } from '../../bench/stats';

describe('spread', () => {
  it('takes the middle of an odd number of runs and the nearest-rank 95th percentile', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, p95: 30, min: 10, max: 30, runs: 3 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(spread(twenty)).toMatchObject({ median: 10.5, p95: 19, min: 1, max: 20 });
  });

  it('prints every figure and refuses no runs', () => {
    expect(formatSpread(spread([2, 1]))).toBe('1.5 ms (p95 2.0 ms, min 1.0 ms, max 2.0 ms, 2 runs)');
    expect(() => spread([])).toThrow('no runs');
  });
});
