import { describe, expect, it } from 'vitest';
import { filterObjectives, isFiltering } from '../../../lib/catalogue/objective-filter';
import type { Objective } from '../../../lib/model/objective';

const objectives: Objective[] = [
  { id: 'a', code: 'A', title: 'A', status: 'active', themeId: 'th-1' },
  { id: 'b', code: 'B', title: 'B', status: 'at-risk', themeId: 'th-2' },
  { id: 'c', code: 'C', title: 'C', status: 'active', themeId: null },
  { id: 'd', code: 'D', title: 'D', status: 'active', themeId: 'th-gone' },
  { id: 'e', code: 'E', title: 'E', status: 'active', themeId: 'th-1', archived: true },
];
const themeIds = new Set(['th-1', 'th-2']);
const codes = (list: Objective[]) => list.map((objective) => objective.code);

describe('filterObjectives', () => {
  it('hides archived objectives unless asked to show them', () => {
    expect(codes(filterObjectives(objectives, { showArchived: false }, themeIds))).toEqual(['A', 'B', 'C', 'D']);
    expect(codes(filterObjectives(objectives, { showArchived: true }, themeIds))).toHaveLength(5);
  });

  it('filters by theme, counting a theme that is gone as none', () => {
    expect(codes(filterObjectives(objectives, { themeId: 'th-1', showArchived: true }, themeIds))).toEqual(['A', 'E']);
    expect(codes(filterObjectives(objectives, { themeId: null, showArchived: false }, themeIds))).toEqual(['C', 'D']);
  });

  it('filters by status', () => {
    expect(codes(filterObjectives(objectives, { status: 'at-risk', showArchived: false }, themeIds))).toEqual(['B']);
  });
});

describe('isFiltering', () => {
  it('is true for a theme or status, not for the archived toggle alone', () => {
    expect(isFiltering({ showArchived: true })).toBe(false);
    expect(isFiltering({ themeId: null, showArchived: false })).toBe(true);
    expect(isFiltering({ status: 'draft', showArchived: false })).toBe(true);
  });
});
