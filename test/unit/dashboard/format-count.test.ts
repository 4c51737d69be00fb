import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../lib/dashboard/format-count';

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(530)).toBe('530');
    expect(formatCount(20_000)).toBe('20,000');
  });
});
