import { describe, expect, it } from 'vitest';
import { sameFacts } from '../../../lib/facts/same-facts';

describe('sameFacts', () => {
  it('says two reads of the same facts are the same, and any change is not', () => {
    expect(sameFacts(undefined, undefined)).toBe(true);
    expect(sameFacts({ type: 'Story', labels: ['q3'] }, { type: 'Story', labels: ['q3'] })).toBe(true);
    expect(sameFacts({ type: 'Story' }, undefined)).toBe(false);
    expect(sameFacts(undefined, { type: 'Story' })).toBe(false);
    expect(sameFacts({ type: 'Story', labels: ['q3'] }, { type: 'Story', labels: ['q4'] })).toBe(false);
    expect(sameFacts({ type: 'Story' }, { type: 'Story', parent: 'PAY-100' })).toBe(false);
  });
});
