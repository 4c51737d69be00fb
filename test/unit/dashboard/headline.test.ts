import { describe, expect, it } from 'vitest';
import { describeAligned, headlineFigures } from '../../../lib/dashboard/headline';
import { objectivesWithoutWork } from '../../../lib/dashboard/objectives-without-work';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { link, objective, seen } from './fixtures';

describe('headlineFigures', () => {
  const objectives = [
    objective('a'),
    objective('b', { status: 'at-risk' }),
    objective('c', { status: 'draft' }),
    objective('d', { archived: true }),
  ];
  const work = seenWork([seen('jira:acme.atlassian.net:PAY-1'), seen('jira:acme.atlassian.net:PAY-2')]);
  const withoutWork = objectivesWithoutWork(objectives, [], [link('jira:acme.atlassian.net:PAY-1', 'a')], new Set());

  it('counts objectives in play, seen and aligned items, and objectives without work', () => {
    const aligned = new Set(['jira:acme.atlassian.net:PAY-1', 'jira:acme.atlassian.net:PAY-99']);
    expect(headlineFigures(objectives, work, aligned, withoutWork)).toEqual({
      inPlay: 2,
      seen: 2,
      aligned: 1,
      withoutWork: 1,
    });
  });

  it('has no aligned count until the background answers', () => {
    expect(headlineFigures(objectives, work, null, withoutWork).aligned).toBeNull();
  });

  it('is all zeros for an empty database', () => {
    expect(headlineFigures([], [], new Set(), [])).toEqual({ inPlay: 0, seen: 0, aligned: 0, withoutWork: 0 });
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
