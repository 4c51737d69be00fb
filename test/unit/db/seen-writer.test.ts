import { describe, expect, it, vi } from 'vitest';
import { createSeenWriter, SEEN_WRITE_GAP_MS } from '../../../lib/db/seen-writer';
import type { SeenItem } from '../../../lib/model/seen-item';
import { freshDatabase } from './test-database';

const seen = (n: number, lastSeen = '2026-12-01T10:00:00.000Z'): SeenItem => ({
  id: `jira:acme.atlassian.net:PAY-${n}`,
  title: `Item ${n}`,
  url: `https://acme.atlassian.net/browse/PAY-${n}`,
  lastSeen,
});

/** A clock whose waits are over at once, having moved it on; `waits` says for how long each was. */
function steppingClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    clock: {
      now: () => now,
      wait: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
    },
  };
}

describe('seen writer', () => {
  it('writes what comes while a write is under way, or resting after one, together in the next', async () => {
    const db = freshDatabase();
    const { clock, waits } = steppingClock();
    const writes = vi.spyOn(db.seenItems, 'bulkPut');
    const writer = createSeenWriter(db, clock);
    const first = writer.record([seen(1)]);
    const second = writer.record([seen(2)]);
    await first;
    const third = writer.record([seen(3)]);
    const fourth = writer.record([seen(4), seen(5)]);
    await Promise.all([second, third, fourth]);
    expect(writes.mock.calls.map(([items]) => (items as SeenItem[]).length)).toEqual([2, 3]);
    // The second write rested a whole gap after the first.
    expect(waits).toEqual([SEEN_WRITE_GAP_MS]);
    expect(await db.seenItems.count()).toBe(5);
  });

  it('keeps, of an item told twice before a write, the later sighting', async () => {
    const db = freshDatabase();
    const writer = createSeenWriter(db, steppingClock().clock);
    const later = { ...seen(1, '2026-12-01T11:00:00.000Z'), status: 'Done' };
    await Promise.all([writer.record([later]), writer.record([seen(1, '2026-12-01T10:00:00.000Z')])]);
    expect(await db.seenItems.get(seen(1).id)).toMatchObject({ status: 'Done', lastSeen: later.lastSeen });
  });

  it("answers a failed write's callers with its error, and writes what comes next", async () => {
    const db = freshDatabase();
    const writer = createSeenWriter(db, steppingClock().clock);
    const put = vi.spyOn(db.seenItems, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
    await expect(writer.record([seen(1)])).rejects.toThrow('quota');
    await writer.record([seen(2)]);
    put.mockRestore();
    expect(await db.seenItems.get(seen(2).id)).toBeDefined();
    expect(await db.seenItems.get(seen(1).id)).toBeUndefined();
  });
});
