import { describe, expect, it } from 'vitest';
import { changedFields, sameValue } from '../../../lib/db/pack-diff';
import { withoutUndefined } from '../../../lib/db/validate';

describe('sameValue', () => {
  it('ignores key order and undefined fields, at every depth', () => {
    expect(sameValue({ a: 1, b: { c: 'x', d: undefined } }, { b: { c: 'x' }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, z: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, z: undefined })).toBe(true);
  });

  it('tells apart a missing field, a different value, an extra field and a null', () => {
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameValue({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(false);
  });

  it('compares arrays by position and length, and never an array with an object', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
  });

  it('names the fields that differ', () => {
    expect(changedFields({ a: 1, b: 2, c: { d: 1 } }, { a: 1, b: 3, c: { d: 2 }, e: 4 })).toEqual(['b', 'c', 'e']);
  });
});

describe('withoutUndefined', () => {
  it('drops undefined fields and keeps nulls', () => {
    const record = { id: 'x', a: undefined, b: null };
    expect(withoutUndefined(record)).toStrictEqual({ id: 'x', b: null });
    expect(record).toHaveProperty('a');
  });

  it('hands back a record that has none as it is, without copying it', () => {
    const record = { id: 'x', b: null };
    expect(withoutUndefined(record)).toBe(record);
  });
});
