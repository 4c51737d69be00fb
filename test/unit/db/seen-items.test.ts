import { describe, expect, it, vi } from 'vitest';
import { MAX_SEEN_ITEMS, recordSeen, SEEN_ITEMS_ROOM } from '../../../lib/db/seen-items';
import type { SeenItem } from '../../../lib/model/seen-item';
import { SEEN_REFRESH_MS } from '../../../lib/model/seen-refresh';
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
    // Forgotten, so written again, however lately it was written as it is.
    await recordSeen(db, [seen(5, '2026-09-01T00:01:00.000Z')]);
    expect(await db.seenItems.get(seen(5, '').id)).toMatchObject({ lastSeen: '2026-09-01T00:01:00.000Z' });
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
        Array.from({ length: 50 }, (_, n) => ({ ...seen(n, at(write)), status: `Status ${write}` })),
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

  it('writes an item seen again as it is only once its last sighting is SEEN_REFRESH_MS old', async () => {
    const db = freshDatabase();
    const at = (ms: number) => new Date(Date.parse('2026-11-01T00:00:00.000Z') + ms).toISOString();
    await recordSeen(db, [seen(1, at(0)), seen(2, at(0))]);
    const put = vi.spyOn(db.seenItems, 'bulkPut');
    expect(await recordSeen(db, [seen(1, at(SEEN_REFRESH_MS - 1)), seen(2, at(60_000))])).toBe(2);
    expect(put).not.toHaveBeenCalled();
    expect(await db.seenItems.get(seen(1, '').id)).toMatchObject({ lastSeen: at(0) });
    // An earlier sighting, handed over late, does not replace a later one.
    await recordSeen(db, [seen(2, at(-60_000))]);
    expect(await db.seenItems.get(seen(2, '').id)).toMatchObject({ lastSeen: at(0) });
    await recordSeen(db, [seen(1, at(SEEN_REFRESH_MS))]);
    expect(await db.seenItems.get(seen(1, '').id)).toMatchObject({ lastSeen: at(SEEN_REFRESH_MS) });
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0]).toHaveLength(1);
  });

  it('writes at once an item whose title, status or address changed', async () => {
    const db = freshDatabase();
    const item = seen(1, '2026-11-01T00:00:00.000Z');
    await recordSeen(db, [item]);
    const changes: Partial<SeenItem>[] = [
      { title: 'Renamed' },
      { title: undefined },
      { status: 'Done' },
      { url: 'https://acme.atlassian.net/browse/PAY-1?moved' },
    ];
    for (const [index, change] of changes.entries()) {
      const next = { ...item, ...change, lastSeen: `2026-11-01T00:0${index + 1}:00.000Z` };
      await recordSeen(db, [next]);
      expect(await db.seenItems.get(item.id)).toEqual(JSON.parse(JSON.stringify(next)));
    }
  });

  it('writes again what a write that failed did not store', async () => {
    const db = freshDatabase();
    const item = seen(1, '2026-11-01T00:00:00.000Z');
    vi.spyOn(db.seenItems, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(recordSeen(db, [item])).rejects.toThrow('disk full');
    await recordSeen(db, [{ ...item, lastSeen: '2026-11-01T00:01:00.000Z' }]);
    expect(await db.seenItems.get(item.id)).toMatchObject({ lastSeen: '2026-11-01T00:01:00.000Z' });
  });
});
