import { describe, expect, it } from 'vitest';
import { latestMeasurement } from '../../../lib/alignment/latest';

describe('latestMeasurement', () => {
  it('compares dates and timestamps as instants, not as text', () => {
    const list = [
      { id: 'a', at: '2026-10-31' },
      // 23:30 on Oct 30 in New York is Oct 31 04:30 UTC, later than the plain date above.
      { id: 'b', at: '2026-10-30T23:30:00-05:00' },
      { id: 'c', at: '2026-09-01T00:00:00Z' },
    ];
    expect(latestMeasurement(list)?.id).toBe('b');
  });

  it('prefers the later entry of two at the same instant, and is null for none', () => {
    expect(
      latestMeasurement([
        { id: 'first', at: '2026-10-31' },
        { id: 'second', at: '2026-10-31T00:00:00Z' },
      ])?.id,
    ).toBe('second');
    expect(latestMeasurement([])).toBeNull();
  });
});
