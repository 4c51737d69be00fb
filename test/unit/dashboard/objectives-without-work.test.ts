import { describe, expect, it } from 'vitest';
import { objectivesWithWork } from '../../../lib/alignment/objectives-with-work';
import { objectivesWithoutWork } from '../../../lib/dashboard/objectives-without-work';
import { objective, theme } from './fixtures';

const themes = [theme('th-growth', 'Growth'), theme('th-care', 'Care')];

const codesByTheme = (groups: ReturnType<typeof objectivesWithoutWork>) =>
  groups.map((group) => [group.theme?.name ?? null, group.records.map((record) => record.code)]);

describe('objectivesWithoutWork', () => {
  it('lists objectives in play that have no work, grouped by theme', () => {
    const objectives = [
      objective('g-10', { themeId: 'th-growth', code: 'GROW-10' }),
      objective('g-2', { themeId: 'th-growth', code: 'GROW-2', status: 'at-risk' }),
      objective('g-linked', { themeId: 'th-growth' }),
      objective('c-ruled', { themeId: 'th-care' }),
      objective('c-off', { themeId: 'th-care', code: 'CARE-1' }),
      objective('lone', { code: 'LONE-1' }),
    ];
    const groups = objectivesWithoutWork(objectives, themes, new Set(['g-linked', 'c-ruled']));
    expect(codesByTheme(groups)).toEqual([
      ['Care', ['CARE-1']],
      ['Growth', ['GROW-2', 'GROW-10']],
      [null, ['LONE-1']],
    ]);
  });

  it('leaves out archived, draft, achieved and dropped objectives', () => {
    const objectives = [
      objective('archived', { archived: true }),
      objective('draft', { status: 'draft' }),
      objective('achieved', { status: 'achieved' }),
      objective('dropped', { status: 'dropped' }),
    ];
    expect(objectivesWithoutWork(objectives, themes, new Set())).toEqual([]);
  });

  it('is empty for an empty database', () => {
    expect(objectivesWithoutWork([], [], new Set())).toEqual([]);
  });
});

describe('objectivesWithWork', () => {
  it('counts explicit links, seen or not, and whatever the resolver says seen work serves', () => {
    const withWork = objectivesWithWork(
      ['linked', 'linked'],
      [[{ objectiveId: 'by-rule' }, { objectiveId: 'inherited' }], [], [{ objectiveId: 'linked' }]],
    );
    expect([...withWork].sort()).toEqual(['by-rule', 'inherited', 'linked']);
  });

  it('gives no work to an objective whose only rule matches no seen work', () => {
    expect(objectivesWithWork([], [[], []]).size).toBe(0);
  });
});
