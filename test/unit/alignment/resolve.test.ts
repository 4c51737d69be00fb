import { describe, expect, it } from 'vitest';
import { resolveAlignments } from '../../../lib/alignment/resolve';
import { parseItemId } from '../../../lib/model/item-id';
import type { Link } from '../../../lib/model/link';
import type { Rule } from '../../../lib/model/rule';

const id = 'jira:acme.atlassian.net:PAY-1';
const link = (objectiveId: string, targetId?: string): Link => ({
  id: `ln-${objectiveId}`,
  itemId: id,
  objectiveId,
  ...(targetId && { targetId }),
  createdAt: '2026-11-01T00:00:00.000Z',
});
const labelRule = (ruleId: string, objectiveId: string, label: string): Rule => ({
  id: ruleId,
  objectiveId,
  tracker: 'jira',
  match: { kind: 'label', value: label },
  enabled: true,
});

describe('resolveAlignments', () => {
  it('lists links first, then rules, one reason per objective', () => {
    const rules = [labelRule('ru-1', 'ob-a', 'x'), labelRule('ru-2', 'ob-b', 'x'), labelRule('ru-3', 'ob-b', 'x')];
    expect(resolveAlignments([link('ob-a', 'bt-1')], rules, parseItemId(id), { labels: ['x'] })).toEqual([
      { objectiveId: 'ob-a', targetId: 'bt-1', via: 'link' },
      { objectiveId: 'ob-b', via: 'rule', ruleId: 'ru-2' },
    ]);
  });

  it('extends reasons found before, and matches no rule for an id it cannot read', () => {
    const known = [{ objectiveId: 'ob-b', via: 'rule' as const, ruleId: 'ru-9' }];
    const rules = [labelRule('ru-1', 'ob-a', 'x')];
    expect(resolveAlignments([], rules, parseItemId(id), { labels: ['x'] }, known)).toEqual([
      ...known,
      { objectiveId: 'ob-a', via: 'rule', ruleId: 'ru-1' },
    ]);
    expect(resolveAlignments([], rules, null, { labels: ['x'] })).toEqual([]);
  });
});
