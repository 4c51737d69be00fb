import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../lib/model/rule';
import { itemsMatching, matchableItems, matchCounts } from '../../../lib/rules/seen-matches';

const seen = (id: string, title?: string) => ({
  id,
  url: 'https://x.example/',
  lastSeen: '2026-11-01T00:00:00.000Z',
  ...(title && { title }),
});
const rule = (id: string, value: string, enabled = true): Rule => ({
  id,
  objectiveId: 'ob-1',
  tracker: 'jira',
  match: { kind: 'label', value },
  enabled,
});

describe('seen matches', () => {
  const facts: Record<string, { labels: string[] }> = {
    'jira:acme.atlassian.net:PAY-1': { labels: ['checkout'] },
    'jira:acme.atlassian.net:PAY-2': { labels: ['checkout', 'pci'] },
  };
  const items = matchableItems(
    [
      seen('jira:acme.atlassian.net:PAY-1', 'One'),
      seen('jira:acme.atlassian.net:PAY-2'),
      seen('nonsense'),
      seen('jira:acme.atlassian.net:PAY-3'),
    ],
    (id) => facts[id],
  );

  it('leaves out seen items whose ids do not read', () => {
    expect(items.map((item) => item.ref.key)).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
  });

  it('previews what a rule matches, even while it is off', () => {
    expect(itemsMatching(rule('r', 'checkout', false), items).map((item) => item.title ?? item.ref.key)).toEqual([
      'One',
      'PAY-2',
    ]);
  });

  it('counts each rule in one pass, off ones included', () => {
    expect(matchCounts([rule('a', 'checkout'), rule('b', 'pci', false), rule('c', 'none')], items)).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
        ['c', 0],
      ]),
    );
  });
});
