import { describe, expect, it } from 'vitest';
import { alignmentCounts } from '../../../lib/alignment/counts';

describe('alignmentCounts', () => {
  it('counts an item with two objectives once as aligned and once under each', () => {
    const counts = alignmentCounts([
      {
        id: 'jira:acme.atlassian.net:PAY-1',
        alignments: [
          { objectiveId: 'ob-a', via: 'link' },
          { objectiveId: 'ob-b', via: 'rule', ruleId: 'ru-1' },
        ],
      },
      { id: 'jira:acme.atlassian.net:PAY-2', alignments: [{ objectiveId: 'ob-a', via: 'link' }] },
      { id: 'jira:acme.atlassian.net:PAY-3', alignments: [] },
    ]);
    expect(counts).toEqual({ total: 3, aligned: 2, byObjective: { 'ob-a': 2, 'ob-b': 1 } });
  });

  it('counts an objective once per item even with two reasons, and is empty for no items', () => {
    const twice = [
      { objectiveId: 'ob-a', via: 'rule' as const, ruleId: 'ru-1' },
      { objectiveId: 'ob-a', via: 'rule' as const, ruleId: 'ru-2' },
    ];
    expect(alignmentCounts([{ id: 'x', alignments: twice }]).byObjective).toEqual({ 'ob-a': 1 });
    expect(alignmentCounts([])).toEqual({ total: 0, aligned: 0, byObjective: {} });
  });

  it('keeps objective ids such as "__proto__" as plain counts', () => {
    const counts = alignmentCounts([{ id: 'x', alignments: [{ objectiveId: '__proto__', via: 'link' }] }]);
    expect(Object.keys(counts.byObjective)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(counts.byObjective)).toBe(Object.prototype);
  });
});
