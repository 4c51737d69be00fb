import { describe, expect, it } from 'vitest';
import { isInPlay } from '../../../lib/dashboard/in-play';

describe('isInPlay', () => {
  it('holds for active and at-risk objectives only', () => {
    expect(isInPlay({ status: 'active' })).toBe(true);
    expect(isInPlay({ status: 'at-risk' })).toBe(true);
    expect(isInPlay({ status: 'draft' })).toBe(false);
    expect(isInPlay({ status: 'achieved' })).toBe(false);
    expect(isInPlay({ status: 'dropped' })).toBe(false);
  });

  it('never holds for an archived objective', () => {
    expect(isInPlay({ status: 'active', archived: true })).toBe(false);
    expect(isInPlay({ status: 'active', archived: false })).toBe(true);
  });
});
