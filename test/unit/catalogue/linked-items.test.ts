import { describe, expect, it } from 'vitest';
import { countByTracker, linkedItems } from '../../../lib/catalogue/linked-items';
import type { Link } from '../../../lib/model/link';
import type { SeenItem } from '../../../lib/model/seen-item';

const link = (id: string, itemId: string): Link => ({
  id,
  itemId,
  objectiveId: 'ob-1',
  createdAt: '2026-11-02T09:00:00.000Z',
});

describe('linkedItems', () => {
  it('joins what was seen of each item and orders by tracker, then key by number', () => {
    const seen = new Map<string, SeenItem>([
      [
        'jira:acme.atlassian.net:PAY-10',
        {
          id: 'jira:acme.atlassian.net:PAY-10',
          title: 'Checkout redesign',
          status: 'In Progress',
          url: 'https://acme.atlassian.net/browse/PAY-10',
          lastSeen: '2026-11-20T10:00:00.000Z',
        },
      ],
      [
        'azure-devops:dev.azure.com/contoso:7',
        // Stored before http(s) was enforced: never offered as a link.
        {
          id: 'azure-devops:dev.azure.com/contoso:7',
          url: 'javascript:alert(1)',
          lastSeen: '2026-11-20T10:00:00.000Z',
        },
      ],
    ]);
    const items = linkedItems(
      [
        link('l1', 'azure-devops:dev.azure.com/contoso:7'),
        link('l2', 'jira:acme.atlassian.net:PAY-10'),
        link('l3', 'asana:app.asana.com:1209000000000101'),
        link('l4', 'jira:acme.atlassian.net:PAY-2'),
      ],
      seen,
    );
    expect(items.map((item) => [item.tracker, item.key, item.title ?? null, item.url ?? null])).toEqual([
      ['jira', 'PAY-2', null, null],
      ['jira', 'PAY-10', 'Checkout redesign', 'https://acme.atlassian.net/browse/PAY-10'],
      ['asana', '1209000000000101', null, null],
      ['azure-devops', '7', null, null],
    ]);
    expect(items[1]!.status).toBe('In Progress');
    expect(countByTracker(items)).toEqual({ jira: 2, asana: 1, 'azure-devops': 1 });
  });

  it('keeps an id it cannot read whole, counted under no tracker', () => {
    const items = linkedItems([link('l1', 'gitlab:x:1')], new Map());
    expect(items[0]).toMatchObject({ tracker: null, key: 'gitlab:x:1' });
    expect(countByTracker(items)).toEqual({ jira: 0, asana: 0, 'azure-devops': 0 });
  });
});
