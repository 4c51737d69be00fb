import { describe, expect, it } from 'vitest';
import { firstLinkRows } from '../../../lib/links/first-rows';
import { buildLinkRows } from '../../../lib/links/link-rows';
import { freshDatabase } from '../db/test-database';

describe('the first rows of the Links view', () => {
  it('are the first rows of the whole list, joined the same way', async () => {
    const db = freshDatabase();
    await db.objectives.bulkAdd([
      { id: 'ob-a', code: 'A-1', title: 'First', status: 'active' },
      { id: 'ob-b', code: 'B-1', title: 'Second', status: 'active' },
    ]);
    await db.benefitTargets.add({
      id: 'bt-a',
      objectiveId: 'ob-a',
      name: 'Revenue',
      kind: 'financial',
      direction: 'increase',
      baseline: 0,
      target: 10,
    });
    await db.seenItems.add({
      id: 'jira:acme.atlassian.net:PAY-2',
      title: 'Second item',
      url: 'https://acme.atlassian.net/browse/PAY-2',
      lastSeen: '2026-11-01T00:00:00.000Z',
    });
    const keys = ['PAY-10', 'PAY-2', 'OPS-1', 'PAY-1', 'WEB-3'];
    await db.links.bulkAdd(
      keys.flatMap((key, n) =>
        ['ob-b', 'ob-a'].map((objectiveId) => ({
          id: `ln-${key}-${objectiveId}`,
          itemId: `jira:acme.atlassian.net:${key}`,
          objectiveId,
          ...(objectiveId === 'ob-a' && { targetId: 'bt-a' }),
          createdAt: `2026-0${n + 1}-01T00:00:00.000Z`,
        })),
      ),
    );
    const all = buildLinkRows(
      await db.links.toArray(),
      await db.objectives.toArray(),
      await db.benefitTargets.toArray(),
      await db.seenItems.toArray(),
    );
    const first = await firstLinkRows(db, 4);
    expect(first).toEqual(all.slice(0, 4));
    expect(first.map((row) => `${row.key} ${row.objectiveCode}`)).toEqual([
      'OPS-1 A-1',
      'OPS-1 B-1',
      'PAY-1 A-1',
      'PAY-1 B-1',
    ]);
    expect((await firstLinkRows(db, 100)).find((row) => row.key === 'PAY-2')?.title).toBe('Second item');
  });

  it('are none for an empty table', async () => {
    expect(await firstLinkRows(freshDatabase(), 50)).toEqual([]);
  });
});
