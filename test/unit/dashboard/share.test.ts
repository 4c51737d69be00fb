import { describe, expect, it } from 'vitest';
import { formatShare, share } from '../../../lib/dashboard/share';

describe('share', () => {
  it('is the part of the whole, or null with no whole', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});

describe('formatShare', () => {
  it('rounds to whole percent', () => {
    expect(formatShare(412, 530)).toBe('78%');
    expect(formatShare(1, 3)).toBe('33%');
  });

  it('says 100% and 0% only when they are exact', () => {
    expect(formatShare(529, 530)).toBe('99%');
    expect(formatShare(530, 530)).toBe('100%');
    expect(formatShare(1, 530)).toBe('<1%');
    expect(formatShare(0, 530)).toBe('0%');
  });

  it('has no share of nothing', () => {
    expect(formatShare(0, 0)).toBe('–');
  });
});
