import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInAgeDays, isStale } from '../../../lib/alignment/staleness';

describe('staleness', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');

  it('counts whole days since a check-in', () => {
    expect(checkInAgeDays('2026-11-24', now)).toBe(0);
    expect(checkInAgeDays('2026-11-23', now)).toBe(1);
    expect(checkInAgeDays('2026-11-23T10:00:01Z', now)).toBe(0);
    expect(checkInAgeDays('2026-10-10', now)).toBe(45);
    expect(checkInAgeDays('2026-12-01', now)).toBe(0);
  });

  it('is stale only past the threshold', () => {
    expect(isStale(45, 45)).toBe(false);
    expect(isStale(46, 45)).toBe(true);
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 365 }), (age, threshold) => {
        expect(isStale(age, threshold)).toBe(age > threshold);
      }),
    );
  });
});
