import { describe, expect, it } from 'vitest';
import { progressByObjective } from '../../../lib/catalogue/objective-progress';
import { themeSummaries } from '../../../lib/dashboard/theme-summaries';
import type { BenefitTarget } from '../../../lib/model/benefit-target';
import type { Measurement } from '../../../lib/model/measurement';
import { link, objective, theme } from './fixtures';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const target = (id: string, objectiveId: string): BenefitTarget => ({
  id,
  objectiveId,
  name: id,
  kind: 'financial',
  direction: 'increase',
  baseline: 0,
  target: 100,
});
const checkIn = (targetId: string, value: number): Measurement => ({
  id: `m-${targetId}`,
  targetId,
  value,
  at: '2026-11-01',
});

const themes = [theme('th-growth', 'Growth'), theme('th-care', 'Care'), theme('th-empty', 'Empty')];

describe('themeSummaries', () => {
  it('counts objectives and distinct linked items, and means the objectives’ progress', () => {
    const objectives = [
      objective('g1', { themeId: 'th-growth' }),
      objective('g2', { themeId: 'th-growth', status: 'achieved' }),
      objective('g3', { themeId: 'th-growth', status: 'draft' }),
      objective('c1', { themeId: 'th-care' }),
    ];
    const links = [
      link('jira:acme.atlassian.net:PAY-1', 'g1'),
      link('jira:acme.atlassian.net:PAY-1', 'g2'),
      link('jira:acme.atlassian.net:PAY-2', 'g2'),
      link('jira:acme.atlassian.net:PAY-3', 'c1'),
    ];
    // g1: targets at 20% and 60% (mean 40%); g2: 100%; g3: no check-in; c1: no targets.
    const progress = progressByObjective(
      [target('t1', 'g1'), target('t2', 'g1'), target('t3', 'g2'), target('t4', 'g3')],
      [checkIn('t1', 20), checkIn('t2', 60), checkIn('t3', 100)],
      NOW,
      45,
    );
    const summaries = themeSummaries(objectives, themes, links, progress);
    expect(summaries.map((summary) => ({ ...summary, theme: summary.theme?.name ?? null }))).toEqual([
      { theme: 'Care', objectives: 1, linkedItems: 1, meanProgress: null, measured: 0 },
      { theme: 'Empty', objectives: 0, linkedItems: 0, meanProgress: null, measured: 0 },
      { theme: 'Growth', objectives: 3, linkedItems: 2, meanProgress: 0.7, measured: 2 },
    ]);
  });

  it('leaves out archived and dropped objectives, their links and their progress', () => {
    const objectives = [
      objective('g1', { themeId: 'th-growth', archived: true }),
      objective('g2', { themeId: 'th-growth', status: 'dropped' }),
    ];
    const progress = progressByObjective([target('t1', 'g1')], [checkIn('t1', 50)], NOW, 45);
    const [growth] = themeSummaries(objectives, [themes[0]!], [link('jira:a.atlassian.net:PAY-1', 'g1')], progress);
    expect(growth).toMatchObject({ objectives: 0, linkedItems: 0, meanProgress: null });
  });

  it('adds a "no theme" row only when objectives have none', () => {
    const summaries = themeSummaries([objective('x')], [], [], new Map());
    expect(summaries).toEqual([{ theme: null, objectives: 1, linkedItems: 0, meanProgress: null, measured: 0 }]);
  });

  it('is empty for an empty database', () => {
    expect(themeSummaries([], [], [], new Map())).toEqual([]);
  });
});
