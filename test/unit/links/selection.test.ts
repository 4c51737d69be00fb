import { describe, expect, it } from 'vitest';
import { selectedShown, selectionState, withAllShown, withRow } from '../../../lib/links/selection';

describe('row selection', () => {
  it('adds and removes one row, keeping the same set when nothing changes', () => {
    const one = withRow(new Set(), 'a', true);
    expect([...one]).toEqual(['a']);
    expect(withRow(one, 'a', true)).toBe(one);
    expect([...withRow(one, 'a', false)]).toEqual([]);
  });

  it('tells none, some and all of the shown rows apart', () => {
    expect(selectionState(new Set(['x']), ['a', 'b'])).toBe('none');
    expect(selectionState(new Set(['a']), ['a', 'b'])).toBe('some');
    expect(selectionState(new Set(['a', 'b', 'x']), ['a', 'b'])).toBe('all');
    expect(selectionState(new Set(), [])).toBe('none');
  });

  it('selects and clears all shown rows without touching hidden ones', () => {
    expect([...withAllShown(new Set(['x']), ['a', 'b'], true)].sort()).toEqual(['a', 'b', 'x']);
    expect([...withAllShown(new Set(['a', 'x']), ['a', 'b'], false)]).toEqual(['x']);
  });

  it('acts only on selected rows that are shown, in their order', () => {
    expect(selectedShown(new Set(['c', 'a', 'gone']), ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });
});
