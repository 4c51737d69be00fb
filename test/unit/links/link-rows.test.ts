import { describe, expect, it } from 'vitest';
import { buildLinkRows } from '../../../lib/links/link-rows';
import type { Link } from '../../../lib/model/link';

const link = (id: string, itemId: string, objectiveId: string, createdAt: string, extra: Partial<Link> = {}): Link => ({
  id,
  itemId,
  objectiveId,
  createdAt,
  ...extra,
});

const objectives = [
  { id: 'ob-grow-2', code: 'GROW-2', title: 'Increase self-serve revenue' },
  { id: 'ob-cx-1', code: 'CX-1', title: 'Cut time to first value' },
];
const targets = [{ id: 'bt-arr', name: 'Self-serve ARR' }];

describe('link rows', () => {
  it('joins each link with its objective, target and seen item', () => {
    const rows = buildLinkRows(
      [
        link('ln-1', 'jira:acme.atlassian.net:PAY-1', 'ob-grow-2', '2026-01-01T00:00:00.000Z', {
          targetId: 'bt-arr',
          note: 'Checkout rework',
        }),
        link('ln-2', 'asana:app.asana.com:1209000000000101', 'ob-cx-1', '2026-03-01T00:00:00.000Z'),
      ],
      objectives,
      targets,
      [
        {
          id: 'jira:acme.atlassian.net:PAY-1',
          title: 'Rebuild checkout',
          status: 'In Progress',
          url: 'https://acme.atlassian.net/browse/PAY-1',
        },
      ],
    );
    expect(rows.map((row) => row.id)).toEqual(['ln-2', 'ln-1']);
    expect(rows[1]).toMatchObject({
      tracker: 'jira',
      site: 'acme.atlassian.net',
      key: 'PAY-1',
      objectiveCode: 'GROW-2',
      targetName: 'Self-serve ARR',
      note: 'Checkout rework',
      title: 'Rebuild checkout',
      status: 'In Progress',
      url: 'https://acme.atlassian.net/browse/PAY-1',
    });
    expect(rows[0]).toMatchObject({ tracker: 'asana', key: '1209000000000101', objectiveCode: 'CX-1' });
    expect(rows[0]!.title).toBeUndefined();
    expect(rows[0]!.url).toBeUndefined();
  });

  it('orders by item id, then objective id, as the [itemId+objectiveId] index does (code units, not the locale)', () => {
    const rows = buildLinkRows(
      [
        link('ln-1', 'jira:acme.atlassian.net:PAY-2', 'ob-b', '2026-01-01T00:00:00.000Z'),
        link('ln-2', 'jira:acme.atlassian.net:PAY-10', 'ob-b', '2026-01-02T00:00:00.000Z'),
        link('ln-3', 'jira:acme.atlassian.net:PAY-10', 'ob-a', '2026-01-03T00:00:00.000Z'),
        link('ln-4', 'azure-devops:dev.azure.com/contoso:7', 'ob-Z', '2026-01-04T00:00:00.000Z'),
      ],
      [],
      [],
      [],
    );
    expect(rows.map((row) => row.id)).toEqual(['ln-4', 'ln-3', 'ln-2', 'ln-1']);
  });

  it('keeps a link whose objective or target is missing, showing the ids it has', () => {
    const [row] = buildLinkRows(
      [link('ln-1', 'jira:acme.atlassian.net:PAY-1', 'ob-gone', '2026-01-01T00:00:00.000Z', { targetId: 'bt-gone' })],
      objectives,
      targets,
      [],
    );
    expect(row).toMatchObject({ objectiveCode: 'ob-gone', targetName: undefined });
  });

  it('never offers a seen URL that is not http(s)', () => {
    const [row] = buildLinkRows(
      [link('ln-1', 'jira:acme.atlassian.net:PAY-1', 'ob-grow-2', '2026-01-01T00:00:00.000Z')],
      objectives,
      [],
      [{ id: 'jira:acme.atlassian.net:PAY-1', url: 'javascript:alert(1)' }],
    );
    expect(row!.url).toBeUndefined();
  });

  it('puts key, title, objective, target and note in the lower-cased search text', () => {
    const [row] = buildLinkRows(
      [
        link('ln-1', 'jira:acme.atlassian.net:PAY-1', 'ob-grow-2', '2026-01-01T00:00:00.000Z', {
          targetId: 'bt-arr',
          note: 'Q3 Push',
        }),
      ],
      objectives,
      targets,
      [
        {
          id: 'jira:acme.atlassian.net:PAY-1',
          title: 'Rebuild Checkout',
          url: 'https://acme.atlassian.net/browse/PAY-1',
        },
      ],
    );
    for (const part of ['pay-1', 'rebuild checkout', 'grow-2', 'self-serve arr', 'q3 push'])
      expect(row!.haystack).toContain(part);
  });
});
