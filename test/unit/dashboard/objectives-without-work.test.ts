import { describe, expect, it } from 'vitest';
import { objectivesWithoutWork } from '../../../lib/dashboard/objectives-without-work';
import { link, objective, theme } from './fixtures';

const themes = [theme('th-growth', 'Growth'), theme('th-care', 'Care')];

const codesByTheme = (groups: ReturnType<typeof objectivesWithoutWork>) =>
  groups.map((group) => [group.theme?.name ?? null, group.records.map((record) => record.code)]);

describe('objectivesWithoutWork', () => {
  it('lists objectives in play that no link and no seen work serve, grouped by theme', () => {
    const objectives = [
      objective('g-10', { themeId: 'th-growth', code: 'GROW-10' }),
      objective('g-2', { themeId: 'th-growth', code: 'GROW-2', status: 'at-risk' }),
      objective('g-linked', { themeId: 'th-growth' }),
      objective('c-ruled', { themeId: 'th-care' }),
      objective('c-off', { themeId: 'th-care', code: 'CARE-1' }),
      objective('lone', { code: 'LONE-1' }),
    ];
    const groups = objectivesWithoutWork(
      objectives,
      themes,
      [link('jira:acme.atlassian.net:PAY-1', 'g-linked')],
      new Set(['c-ruled']),
    );
    expect(codesByTheme(groups)).toEqual([
      ['Care', ['CARE-1']],
      ['Growth', ['GROW-2', 'GROW-10']],
      [null, ['LONE-1']],
    ]);
  });

  it('counts an objective served only by seen work (a rule or inheritance) as having work', () => {
    expect(objectivesWithoutWork([objective('a')], themes, [], new Set(['a']))).toEqual([]);
  });

  it('lists an objective whose only rule matches no seen work', () => {
    const groups = objectivesWithoutWork([objective('a', { code: 'RULED-1' })], themes, [], new Set());
    expect(codesByTheme(groups)).toEqual([[null, ['RULED-1']]]);
  });

  it('leaves out archived, draft, achieved and dropped objectives', () => {
    const objectives = [
      objective('archived', { archived: true }),
      objective('draft', { status: 'draft' }),
      objective('achieved', { status: 'achieved' }),
      objective('dropped', { status: 'dropped' }),
    ];
    expect(objectivesWithoutWork(objectives, themes, [], new Set())).toEqual([]);
  });

  it('is empty for an empty database', () => {
    expect(objectivesWithoutWork([], [], [], new Set())).toEqual([]);
  });

  it('finds the few idle objectives among a thousand and a hundred thousand links quickly', () => {
    const objectives = Array.from({ length: 1000 }, (_, i) =>
      objective(`o${i}`, { themeId: i % 2 ? 'th-growth' : 'th-care' }),
    );
    const links = Array.from({ length: 100_000 }, (_, i) => link(`jira:acme.atlassian.net:PAY-${i}`, `o${i % 990}`));
    const started = performance.now();
    const groups = objectivesWithoutWork(objectives, themes, links, new Set());
    expect(performance.now() - started).toBeLessThan(500);
    expect(groups.flatMap((group) => group.records).length).toBe(10);
  });
});
