import { describe, expect, it, vi } from 'vitest';
import { MAX_STORED_FACTS, storeFacts } from '../../../lib/db/facts';
import { createFactsCache } from '../../../lib/db/facts-cache';
import type { StoredFacts } from '../../../lib/model/stored-facts';
import { freshDatabase, NOW } from './test-database';

const id = (n: number) => `jira:acme.atlassian.net:PAY-${n}`;
const record = (n: number, seenAt: string): StoredFacts => ({ id: id(n), facts: { labels: [`l${n}`] }, seenAt });

describe('createFactsCache', () => {
  it('reads the records the table holds, and none of the items it does not', async () => {
    const db = freshDatabase();
    await db.facts.bulkPut([record(1, NOW.toISOString()), record(2, NOW.toISOString())]);
    const facts = createFactsCache(db);
    const bulkGet = vi.spyOn(db.facts, 'bulkGet');
    await facts.load([id(1), id(3), id(4), id(2)]);
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys)).toEqual([id(1), id(2)]);
    expect(facts.get(id(1))?.facts).toEqual({ labels: ['l1'] });
    expect(facts.get(id(2))?.facts).toEqual({ labels: ['l2'] });
    expect(facts.get(id(3))).toBeUndefined();
  });

  it('finds what it wrote, and so does a cache that starts afresh', async () => {
    const db = freshDatabase();
    const facts = createFactsCache(db);
    await facts.load([id(1)]);
    await facts.addFetchedFacts([{ id: id(1), facts: { labels: ['checkout'] } }], NOW);
    await facts.addPageFacts([{ id: id(5), facts: { status: 'Done' } }], NOW);
    await facts.load([id(1), id(5)]);
    expect(facts.get(id(1))?.facts).toEqual({ labels: ['checkout'] });
    const restarted = createFactsCache(db);
    await restarted.load([id(1), id(5)]);
    expect(restarted.get(id(1))?.fetchedAt).toBe(NOW.toISOString());
    expect(restarted.get(id(5))?.facts).toEqual({ status: 'Done' });
  });

  it('reads every missing record when the table cannot say which ids it holds', async () => {
    const db = freshDatabase();
    await db.facts.bulkPut([record(1, NOW.toISOString())]);
    const facts = createFactsCache(db);
    const unreadable = { primaryKeys: () => Promise.reject(new Error('keys unreadable')) };
    vi.spyOn(db.facts, 'toCollection').mockReturnValueOnce(unreadable as never);
    const bulkGet = vi.spyOn(db.facts, 'bulkGet');
    await facts.load([id(1), id(3)]);
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys)).toEqual([id(1), id(3)]);
    expect(facts.get(id(1))?.facts).toEqual({ labels: ['l1'] });
    // Asked again, the table's ids are read again: an item it does not hold is not read.
    await facts.load([id(4)]);
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it(`keeps at most ${MAX_STORED_FACTS} records, forgetting the least recently seen, without counting the table`, {
    timeout: 60_000,
  }, async () => {
    const db = freshDatabase();
    const old = Array.from({ length: MAX_STORED_FACTS - 1 }, (_, n) => record(n, '2026-10-01T00:00:00.000Z'));
    old[5] = record(5, '2026-09-01T00:00:00.000Z');
    old[9] = record(9, '2026-09-02T00:00:00.000Z');
    await db.facts.bulkPut(old);
    const facts = createFactsCache(db);
    const count = vi.spyOn(db.facts, 'count');
    // One record the table holds, written again, and three new ones: the table is two over its cap.
    await facts.load([id(7), id(100_000), id(100_001), id(100_002)]);
    await facts.addFetchedFacts(
      [7, 100_000, 100_001, 100_002].map((n) => ({ id: id(n), facts: { labels: ['new'] } })),
      NOW,
    );
    expect(count).not.toHaveBeenCalled();
    expect(await db.facts.count()).toBe(MAX_STORED_FACTS);
    expect(await db.facts.bulkGet([id(5), id(9)])).toEqual([undefined, undefined]);
    // What it forgot is counted out: one more new record forgets exactly one more.
    await facts.addPageFacts([{ id: id(100_003), facts: { status: 'Done' } }], NOW);
    expect(await db.facts.count()).toBe(MAX_STORED_FACTS);
    expect(await db.facts.get(id(100_003))).toBeDefined();
  });
});

describe('storeFacts', () => {
  it('counts the table itself when not told, and answers what it forgot', async () => {
    const db = freshDatabase();
    await db.facts.bulkPut([record(1, '2026-09-01T00:00:00.000Z'), record(2, '2026-10-01T00:00:00.000Z')]);
    expect(await storeFacts(db, [record(3, NOW.toISOString())])).toEqual([]);
    expect(await storeFacts(db, [record(4, NOW.toISOString())], MAX_STORED_FACTS + 1)).toEqual([id(1)]);
    expect(await db.facts.count()).toBe(3);
  });
});
