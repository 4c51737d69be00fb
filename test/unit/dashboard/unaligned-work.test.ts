import { describe, expect, it } from 'vitest';
import { seenWork } from '../../../lib/dashboard/seen-work';
import {
  countByTracker,
  filterByTracker,
  parseTrackerFilter,
  unalignedWork,
} from '../../../lib/dashboard/unaligned-work';
import { seen } from './fixtures';

const work = seenWork([
  seen('jira:acme.atlassian.net:PAY-1', '2026-11-01T10:00:00.000Z'),
  seen('jira:acme.atlassian.net:PAY-2', '2026-11-04T10:00:00.000Z'),
  seen('asana:app.asana.com:1209000000000101', '2026-11-03T10:00:00.000Z'),
  seen('azure-devops:dev.azure.com/contoso:101', '2026-11-02T10:00:00.000Z'),
]);

describe('unalignedWork', () => {
  it('keeps the items that serve no objective, newest first', () => {
    const unaligned = unalignedWork(work, new Set(['asana:app.asana.com:1209000000000101']));
    expect(unaligned.map((item) => item.key)).toEqual(['PAY-2', '101', 'PAY-1']);
  });

  it('is everything when nothing is aligned, and nothing when all is', () => {
    expect(unalignedWork(work, new Set())).toHaveLength(4);
    expect(unalignedWork(work, new Set(work.map((item) => item.id)))).toEqual([]);
  });
});

describe('filterByTracker', () => {
  it('keeps one tracker’s items, or all', () => {
    expect(filterByTracker(work, 'jira').map((item) => item.key)).toEqual(['PAY-2', 'PAY-1']);
    expect(filterByTracker(work, 'all')).toBe(work);
  });
});

describe('countByTracker', () => {
  it('counts every tracker, zero included', () => {
    expect(countByTracker(work)).toEqual({ jira: 2, asana: 1, 'azure-devops': 1 });
    expect(countByTracker([])).toEqual({ jira: 0, asana: 0, 'azure-devops': 0 });
  });
});

describe('parseTrackerFilter', () => {
  it('reads a tracker, and anything else as all', () => {
    expect(parseTrackerFilter('azure-devops')).toBe('azure-devops');
    expect(parseTrackerFilter('all')).toBe('all');
    expect(parseTrackerFilter('github')).toBe('all');
  });
});
