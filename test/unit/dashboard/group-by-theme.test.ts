import { describe, expect, it } from 'vitest';
import { groupByTheme } from '../../../lib/dashboard/group-by-theme';
import { theme } from './fixtures';

const themes = [theme('th-z', 'Zeta'), theme('th-a', 'alpha'), theme('th-m', 'Mid')];

describe('groupByTheme', () => {
  it('puts records under their themes, themes by name, records in the order given, no theme last', () => {
    const records = [
      { id: '1', themeId: 'th-z' },
      { id: '2', themeId: null },
      { id: '3', themeId: 'th-a' },
      { id: '4', themeId: 'th-z' },
      { id: '5', themeId: 'th-gone' },
      { id: '6' },
    ];
    const groups = groupByTheme(records, themes, false);
    expect(groups.map((group) => [group.theme?.name ?? null, group.records.map((record) => record.id)])).toEqual([
      ['alpha', ['3']],
      ['Zeta', ['1', '4']],
      [null, ['2', '5', '6']],
    ]);
  });

  it('keeps themes without records when asked, but never an empty "no theme" group', () => {
    const groups = groupByTheme([{ id: '1', themeId: 'th-m' }], themes, true);
    expect(groups.map((group) => [group.theme?.id, group.records.length])).toEqual([
      ['th-a', 0],
      ['th-m', 1],
      ['th-z', 0],
    ]);
  });

  it('is empty with nothing to group', () => {
    expect(groupByTheme([], [], true)).toEqual([]);
    expect(groupByTheme([], themes, false)).toEqual([]);
  });
});
