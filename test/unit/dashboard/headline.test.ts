import { describe, expect, it } from 'vitest';
import { describeAligned, headlineFigures } from '../../../lib/dashboard/headline';
import { objectivesWithoutWork } from '../../../lib/dashboard/objectives-without-work';
import { objective } from './fixtures';

describe('headlineFigures', () => {
  const objectives = [
    objective('a'),
    objective('b', { status: 'at-risk' }),
    objective('c', { status: 'draft' }),
    objective('d', { archived: true }),
  ];
  const withoutWork = objectivesWithoutWork(objectives, [], new Set(['a']));

  it('counts objectives in play, seen and aligned items, and objectives without work', () => {
    expect(headlineFigures(objectives, 2, 1, withoutWork)).toEqual({
      inPlay: 2,
      seen: 2,
      aligned: 1,
      withoutWork: 1,
    });
  });

  it('is all zeros for an empty database', () => {
    expect(headlineFigures([], 0, 0, [])).toEqual({ inPlay: 0, seen: 0, aligned: 0, withoutWork: 0 });
  });
});

describe('describeAligned', () => {
  it('says how many of how many', () => {
    expect(describeAligned(412, 530)).toBe('412 of 530 seen items aligned');
    expect(describeAligned(15_000, 20_000)).toBe('15,000 of 20,000 seen items aligned');
    expect(describeAligned(1, 1)).toBe('1 of 1 seen item aligned');
  });

  it('says when nothing was seen', () => {
    expect(describeAligned(0, 0)).toBe('No work items seen yet');
  });
});
