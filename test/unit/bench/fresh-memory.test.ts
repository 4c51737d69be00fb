import { describe, expect, it } from 'vitest';
import { describeFreshMemory } from '../../bench/fresh-memory';

describe('describeFreshMemory', () => {
  it('gives the median block written first, per MB and per page, beside the same written again', () => {
    expect(describeFreshMemory({ first: [24, 20, 30, 22, 26], again: [0.5, 0.3, 0.4, 0.6, 0.2] })).toBe(
      'new memory written 8 MB at a time (a byte a 4 KB page): 24.0 ms a block (3.00 ms per MB, 11.7 µs a page; 20.0-30.0, 5 blocks); the same written again: 0.4 ms',
    );
  });
});
