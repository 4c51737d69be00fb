import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../lib/catalogue/group-by';

describe('groupBy', () => {
  it('keeps the records of each key in their order', () => {
    const groups = groupBy(['apple', 'avocado', 'banana', 'apricot'], (word) => word[0]);
    expect([...groups]).toEqual([
      ['a', ['apple', 'avocado', 'apricot']],
      ['b', ['banana']],
    ]);
  });
});
