import { describe, expect, it } from 'vitest';
import { MAX_SEEN_ITEMS, recordSeen } from '../../../lib/db/seen-items';
import type { SeenItem } from '../../../lib/model/seen-item';
import { freshDatabase } from './test-database';

const seen = (n: number, lastSeen: string): SeenItem => ({
  id: `jira:acme.atlassian.net:PAY-${n}`,
  title: `Item ${n}`,
  url: `https://acme.atlassian.net/browse/PAY-${n}`,
  lastSeen,
});

describe('recordSeen', () => {
  it('stores items, replacing what was known of each', async () => {
    const db = freshDatabase();
    expect(await recordSeen(db, [seen(1, '2026-11-01T00:00:00.000Z'), seen(2, '2026-11-01T00:00:00.000Z')])).toBe(2);
    await recordSeen(db, [{ ...seen(1, '2026-11-02T00:00:00.000Z'), status: 'Done' }]);
    expect(await db.seenItems.get(seen(1, '').id)).toMatchObject({
      status: 'Done',
      lastSeen: '2026-11-02T00:00:00.000Z',
    });
    expect(await db.seenItems.count()).toBe(2);
  });

  it(`keeps at most ${MAX_SEEN_ITEMS} items, forgetting the least recently seen`, { timeout: 60_000 }, async () => {
    const db = freshDatabase();
    const old = Array.from({ length: MAX_SEEN_ITEMS }, (_, n) => seen(n, '2026-10-01T00:00:00.000Z'));
    old[5] = seen(5, '2026-09-01T00:00:00.000Z');
    old[9] = seen(9, '2026-09-02T00:00:00.000Z');
    await recordSeen(db, old);
    await recordSeen(db, [seen(100_000, '2026-11-01T00:00:00.000Z'), seen(100_001, '2026-11-01T00:00:00.000Z')]);
    expect(await db.seenItems.count()).toBe(MAX_SEEN_ITEMS);
    expect(await db.seenItems.bulkGet([seen(5, '').id, seen(9, '').id])).toEqual([undefined, undefined]);
    expect(await db.seenItems.get(seen(100_001, '').id)).toBeDefined();
  });
});
