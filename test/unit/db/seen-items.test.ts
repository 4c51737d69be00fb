import { describe, expect, it, vi } from 'vitest';
import { MAX_SEEN_ITEMS, recordSeen, SEEN_ITEMS_ROOM } from '../../../lib/db/seen-items';
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
    // Trimmed to room below the cap, the two oldest first.
    expect(await db.seenItems.count()).toBe(MAX_SEEN_ITEMS - SEEN_ITEMS_ROOM);
    expect(await db.seenItems.bulkGet([seen(5, '').id, seen(9, '').id])).toEqual([undefined, undefined]);
    expect(await db.seenItems.get(seen(100_001, '').id)).toBeDefined();
  });

  it('holds to the cap through many small writes, counting only when they could reach it', {
    timeout: 60_000,
  }, async () => {
    const db = freshDatabase();
    const at = (n: number) =>
      `2026-11-01T00:00:${String(n % 60).padStart(2, '0')}.${String(n).padStart(3, '0').slice(-3)}Z`;
    await recordSeen(
      db,
      Array.from({ length: MAX_SEEN_ITEMS - 100 }, (_, n) => seen(n, '2026-10-01T00:00:00.000Z')),
    );
    const counted = vi.spyOn(db.seenItems, 'count');
    // Replacing what is stored adds nothing, yet is reckoned as if it might have: counted once it might be past the cap.
    for (let write = 0; write < 4; write++)
      await recordSeen(
        db,
        Array.from({ length: 50 }, (_, n) => seen(n, at(write))),
      );
    expect(counted).toHaveBeenCalledTimes(1);
    for (let write = 0; write < 30; write++)
      await recordSeen(
        db,
        Array.from({ length: 50 }, (_, n) => seen(200_000 + write * 50 + n, at(write))),
      );
    expect(await db.seenItems.count()).toBeLessThanOrEqual(MAX_SEEN_ITEMS);
    expect(await db.seenItems.count()).toBeGreaterThanOrEqual(MAX_SEEN_ITEMS - SEEN_ITEMS_ROOM);
    // The newest are all there.
    expect(await db.seenItems.get(seen(200_000 + 29 * 50 + 49, '').id)).toBeDefined();
    expect(counted.mock.calls.length).toBeLessThan(10);
  });
});
