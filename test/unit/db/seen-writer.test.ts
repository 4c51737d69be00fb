import { describe, expect, it, vi } from 'vitest';
import { createSeenWriter, SEEN_WRITE_MAX_WAIT_MS, SEEN_WRITE_QUIET_MS } from '../../../lib/db/seen-writer';
import { seenColumns } from '../../../lib/model/seen-columns';
import type { SeenItem } from '../../../lib/model/seen-item';
import { freshDatabase } from './test-database';

const seen = (n: number, lastSeen = '2026-12-01T10:00:00.000Z'): SeenItem => ({
  id: `jira:acme.atlassian.net:PAY-${n}`,
  title: `Item ${n}`,
  url: `https://acme.atlassian.net/browse/PAY-${n}`,
  lastSeen,
});

/** A clock the test moves: `run(ms)` moves it on and runs what fell due. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    clock: { now: () => now, later: (fn: () => void, ms: number) => void timers.push({ at: now + ms, fn }) },
    run(ms: number) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.fn();
    },
  };
}

/** A tab's message telling these items. */
const told = (...items: SeenItem[]) => seenColumns(items);

const stored = async (db: ReturnType<typeof freshDatabase>) => db.seenItems.count();

describe('seen writer', () => {
  it('writes what keeps coming together, once a second passes with nothing new', async () => {
    const db = freshDatabase();
    const { clock, run } = manualClock();
    const writes = vi.spyOn(db.seenItems, 'bulkPut');
    const writer = createSeenWriter(db, clock);
    const answers = [writer.record(told(seen(1)))];
    for (let n = 2; n <= 5; n++) {
      run(SEEN_WRITE_QUIET_MS / 2);
      answers.push(writer.record(told(seen(n))));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(writes).not.toHaveBeenCalled();
    run(SEEN_WRITE_QUIET_MS);
    await Promise.all(answers);
    expect(writes.mock.calls.map(([items]) => (items as SeenItem[]).length)).toEqual([5]);
    expect(await stored(db)).toBe(5);
  });

  it('writes at the latest ten seconds after the first came, though items keep coming', async () => {
    const db = freshDatabase();
    const { clock, run } = manualClock();
    const writer = createSeenWriter(db, clock);
    const first = writer.record(told(seen(0)));
    let n = 1;
    for (let waited = 0; waited < SEEN_WRITE_MAX_WAIT_MS; waited += SEEN_WRITE_QUIET_MS / 2) {
      run(SEEN_WRITE_QUIET_MS / 2);
      void writer.record(told(seen(n++)));
    }
    await first;
    expect(await stored(db)).toBeGreaterThan(15);
  });

  it('keeps, of an item told twice before a write, the later sighting', async () => {
    const db = freshDatabase();
    const { clock, run } = manualClock();
    const writer = createSeenWriter(db, clock);
    const later = { ...seen(1, '2026-12-01T11:00:00.000Z'), status: 'Done' };
    const answers = [writer.record(told(later)), writer.record(told(seen(1, '2026-12-01T10:00:00.000Z')))];
    run(SEEN_WRITE_QUIET_MS);
    await Promise.all(answers);
    expect(await db.seenItems.get(seen(1).id)).toMatchObject({ status: 'Done', lastSeen: later.lastSeen });
  });

  it('answers how many of its items were stored, leaving out an address the table would not hold', async () => {
    const db = freshDatabase();
    const { clock, run } = manualClock();
    const writer = createSeenWriter(db, clock);
    const answer = writer.record(told(seen(1), { ...seen(2), url: 'javascript:alert(1)' }, seen(3)));
    run(SEEN_WRITE_QUIET_MS);
    expect(await answer).toBe(2);
    expect(await db.seenItems.get(seen(2).id)).toBeUndefined();
  });

  it("answers a failed write's callers with its error, and writes what comes next", async () => {
    const db = freshDatabase();
    const { clock, run } = manualClock();
    const writer = createSeenWriter(db, clock);
    const put = vi.spyOn(db.seenItems, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
    const failed = writer.record(told(seen(1)));
    run(SEEN_WRITE_QUIET_MS);
    await expect(failed).rejects.toThrow('quota');
    const next = writer.record(told(seen(2)));
    run(SEEN_WRITE_QUIET_MS);
    await next;
    put.mockRestore();
    expect(await db.seenItems.get(seen(2).id)).toBeDefined();
    expect(await db.seenItems.get(seen(1).id)).toBeUndefined();
  });
});
