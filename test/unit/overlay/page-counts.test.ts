import { describe, expect, it } from 'vitest';
import type { ItemAlignment } from '../../../lib/model/annotation';
import { createPageCounts } from '../../../lib/overlay/page-counts';
import type { PageItem } from '../../../lib/overlay/page-items';

const GROW: ItemAlignment[] = [{ objectiveId: 'obj-grow', via: 'link' } as ItemAlignment];

function item(key: string, reader = 0): PageItem {
  return { id: `jira:acme.atlassian.net:${key}`, reader, resolution: 'pending', counted: null } as PageItem;
}

describe('page counts', () => {
  it('holds a listed item as pending until it has its answer, then counts it under its reader', () => {
    const counts = createPageCounts();
    counts.startView(2);
    const card = item('PAY-1', 1);
    counts.account(card, true);
    expect(counts.pending).toBe(1);
    expect(counts.tally.total).toBe(0);
    expect(counts.has(card)).toBe(true);
    card.resolution = GROW;
    counts.account(card, true);
    expect(counts.pending).toBe(0);
    expect([counts.tally.total, counts.tally.aligned]).toEqual([1, 1]);
    expect(counts.firstReader()).toBe(1);
  });

  it('updates a counted item in place, and takes it out when it leaves the list', () => {
    const counts = createPageCounts();
    counts.startView(1);
    const card = item('PAY-1');
    card.resolution = GROW;
    counts.account(card, true);
    card.resolution = [];
    counts.account(card, true);
    expect([counts.tally.total, counts.tally.aligned]).toEqual([1, 0]);
    counts.account(card, false);
    expect(counts.tally.total).toBe(0);
    expect(counts.has(card)).toBe(false);
    expect(counts.firstReader()).toBe(-1);
  });

  it('starts a new view with no reader counting, and clears to nothing', () => {
    const counts = createPageCounts();
    counts.startView(1);
    const waiting = item('PAY-2');
    counts.account(waiting, true);
    const card = item('PAY-1');
    card.resolution = GROW;
    counts.account(card, true);
    counts.startView(3);
    expect(counts.firstReader()).toBe(-1);
    counts.clear();
    expect([counts.tally.total, counts.pending]).toEqual([0, 0]);
  });
});
