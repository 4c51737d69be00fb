import { describe, expect, it } from 'vitest';
import type { ItemAlignment, ObjectiveSummary } from '../../../lib/model/annotation';
import { matchesItemFilter } from '../../../lib/popup/item-filter';
import { groupItems } from '../../../lib/popup/item-groups';

const objective = (id: string, code: string, title: string): ObjectiveSummary => ({
  id,
  code,
  title,
  status: 'active',
  targets: [],
});
const objectives = {
  'ob-grow-10': objective('ob-grow-10', 'GROW-10', 'Open Nordic markets'),
  'ob-grow-2': objective('ob-grow-2', 'GROW-2', 'Increase self-serve revenue'),
  'ob-cx-1': objective('ob-cx-1', 'CX-1', 'Faster support'),
};
const item = (key: string, title?: string) => ({ id: `jira:acme.atlassian.net:${key}`, title });
const linked = (objectiveId: string): ItemAlignment => ({ objectiveId, via: 'link' });

const items = [item('PAY-1', 'Checkout page'), item('PAY-2', 'Refunds'), item('PAY-3'), item('PAY-4', 'Invoices')];
const alignments: Record<string, ItemAlignment[]> = {
  [items[0]!.id]: [linked('ob-grow-2'), linked('ob-grow-10')],
  [items[2]!.id]: [linked('ob-grow-2')],
  // An objective the answer does not describe (deleted meanwhile) cannot be shown.
  [items[3]!.id]: [linked('ob-gone')],
};
const alignmentsOf = (id: string) => alignments[id] ?? [];

describe('groupItems', () => {
  it('puts unaligned items first, then the aligned ones under each objective by code, in page order', () => {
    const groups = groupItems(items, alignmentsOf, objectives);
    expect(groups.unaligned.map((entry) => entry.title)).toEqual(['Refunds', 'Invoices']);
    expect(
      groups.byObjective.map((group) => [group.objective.code, group.items.map((entry) => entry.item.id.slice(-5))]),
    ).toEqual([
      ['GROW-2', ['PAY-1', 'PAY-3']],
      ['GROW-10', ['PAY-1']],
    ]);
    expect(groups.byObjective[0]!.items[0]!.alignment).toEqual(linked('ob-grow-2'));
  });

  it('has no groups for a page of unaligned work', () => {
    expect(groupItems(items, () => [], objectives)).toEqual({ unaligned: items, byObjective: [] });
  });
});

describe('matchesItemFilter', () => {
  const matches = (index: number, query: string) =>
    matchesItemFilter(items[index]!, alignmentsOf(items[index]!.id), objectives, query);

  it('finds items by key, title and the code or title of an objective they serve, every word, any case', () => {
    expect(matches(0, 'pay-1')).toBe(true);
    expect(matches(0, 'checkout')).toBe(true);
    expect(matches(0, 'grow-10')).toBe(true);
    expect(matches(0, 'nordic CHECKOUT')).toBe(true);
    expect(matches(0, 'nordic refunds')).toBe(false);
    expect(matches(1, 'grow')).toBe(false);
    expect(matches(2, 'self-serve')).toBe(true);
  });

  it('lets everything through when nothing is typed', () => {
    expect(matches(1, '   ')).toBe(true);
  });
});
