import { describe, expect, it, vi } from 'vitest';
import { FACTS_LEASE_MS } from '../../../lib/facts/facts-ledger';
import type { Send } from '../../../lib/messages/reply-sender';
import { createFactsKeeper } from '../../../lib/overlay/facts-keeper';

function keeper() {
  let now = Date.parse('2026-11-25T10:00:00Z');
  const send = vi.fn(async () => ({ ok: true, data: { fetch: [] } })) as unknown as Send;
  const facts = createFactsKeeper({
    send,
    fetchedAt: () => undefined,
    fetched: () => {},
    requestFacts: () => {},
    settled: () => {},
    now: () => now,
    later: () => {},
  });
  const told = () =>
    (send as unknown as { mock: { calls: [{ items: { id: string }[] }][] } }).mock.calls.flatMap(([request]) =>
      request.items.map((item) => item.id),
    );
  const wait = (ms: number) => {
    now += ms;
  };
  return { facts, told, wait };
}

describe('facts keeper', () => {
  it('tells a re-created card again only when its facts changed or the answer may have', () => {
    const { facts, told, wait } = keeper();
    facts.add({ id: 'jira:acme.atlassian.net:PAY-1', facts: { status: 'To Do' } });
    facts.flush();
    expect(told()).toEqual(['jira:acme.atlassian.net:PAY-1']);
    // The tracker re-created the card a moment later: the background's answer would be the same.
    wait(1000);
    facts.add({ id: 'jira:acme.atlassian.net:PAY-1', facts: { status: 'To Do' } });
    expect(facts.queued).toBe(0);
    facts.add({ id: 'jira:acme.atlassian.net:PAY-1', facts: { status: 'Done' } });
    facts.flush();
    expect(told()).toHaveLength(2);
    // Once a lease could have run out, the same facts are told again.
    wait(FACTS_LEASE_MS);
    facts.add({ id: 'jira:acme.atlassian.net:PAY-1', facts: { status: 'Done' } });
    facts.flush();
    expect(told()).toHaveLength(3);
  });
});

describe('facts keeper, forgetting what it told', () => {
  it('keeps what it told for a whole lease across the turns of its memory, and no longer', () => {
    const { facts, told, wait } = keeper();
    const card = (n: number) => ({ id: `jira:acme.atlassian.net:PAY-${n}`, facts: { status: 'To Do' } });
    facts.add(card(1));
    facts.flush();
    // Told just before the memory turns, and looked for just after it: still within the lease.
    wait(FACTS_LEASE_MS - 1);
    facts.add(card(2));
    wait(1);
    facts.add(card(3));
    facts.add(card(2));
    facts.flush();
    expect(told()).toEqual([card(1).id, card(2).id, card(3).id]);
    wait(FACTS_LEASE_MS - 2);
    facts.add(card(2));
    facts.add(card(3));
    expect(facts.queued).toBe(0);
    // A lease after each was told: told again.
    wait(1);
    facts.add(card(2));
    facts.flush();
    expect(told()).toEqual([card(1).id, card(2).id, card(3).id, card(2).id]);
    wait(1);
    facts.add(card(3));
    facts.flush();
    expect(told()).toHaveLength(5);
    // Long quiet: everything told before is forgotten.
    wait(5 * FACTS_LEASE_MS);
    facts.add(card(2));
    facts.flush();
    expect(told()).toHaveLength(6);
  });
});

describe('facts keeper, telling a big board', () => {
  it('tells the oldest items first, a bounded number at a time, and the rest when asked for all', () => {
    const { facts, told } = keeper();
    for (let n = 1; n <= 600; n++) facts.add({ id: `jira:acme.atlassian.net:PAY-${n}` });
    facts.flush(250);
    expect(told()).toHaveLength(250);
    expect(told()[0]).toBe('jira:acme.atlassian.net:PAY-1');
    expect(told()[249]).toBe('jira:acme.atlassian.net:PAY-250');
    expect(facts.queued).toBe(350);
    facts.flush();
    expect(told()).toHaveLength(600);
    expect(told()[250]).toBe('jira:acme.atlassian.net:PAY-251');
    expect(facts.queued).toBe(0);
  });

  it('hands over, as the page goes, only what the page showed, a bounded number, and keeps the rest for a page that comes back', () => {
    const { facts, told } = keeper();
    const id = (n: number) => `jira:acme.atlassian.net:PAY-${n}`;
    for (let n = 1; n <= 3000; n++) facts.add(n % 2 === 0 ? { id: id(n), facts: { labels: ['web'] } } : { id: id(n) });
    facts.handOver();
    // In one request: the first thousand items the page showed facts of, none told with nothing to keep.
    expect(told()).toHaveLength(1000);
    expect(told()[0]).toBe(id(2));
    expect(told().at(-1)).toBe(id(2000));
    expect(facts.queued).toBe(2000);
    facts.flush();
    expect(told()).toHaveLength(3000);
    expect(told()).toContain(id(1));
    expect(facts.queued).toBe(0);
  });

  it('hands over an item by the facts it was last added with', () => {
    const { facts, told, wait } = keeper();
    const id = (n: number) => `jira:acme.atlassian.net:PAY-${n}`;
    facts.add({ id: id(1), facts: { labels: ['web'] } });
    // Re-rendered without its label before it was told: nothing of the page's left to keep.
    wait(1);
    facts.add({ id: id(1) });
    for (let n = 2; n <= 500; n++) facts.add({ id: id(n) });
    facts.add({ id: id(501), facts: { labels: ['web'] } });
    facts.handOver();
    expect(told()).toEqual([id(501)]);
    facts.add({ id: id(502), facts: { labels: ['web'] } });
    facts.flush(2);
    facts.handOver();
    expect(told()).toEqual([id(501), id(1), id(2), id(502)]);
  });
});

/**
 * A keeper whose background asks it to fetch PAY-1, told and answered: the fetch is asked for and never answers.
 * Its timers run only when a test says, and its wall clock moves only when a test moves it.
 */
async function fetchingKeeper() {
  const clock = { now: Date.parse('2026-11-25T10:00:00Z') };
  const timers: { fn: () => void; at: number }[] = [];
  const settled = vi.fn();
  const requested: string[] = [];
  const facts = createFactsKeeper({
    send: (async () => ({ ok: true, data: { fetch: ['jira:acme.atlassian.net:PAY-1'] } })) as unknown as Send,
    fetchedAt: () => undefined,
    fetched: () => {},
    requestFacts: (ids) => requested.push(...ids),
    settled,
    now: () => clock.now,
    later: (fn, ms) => timers.push({ fn, at: clock.now + ms }),
  });
  facts.add({ id: 'jira:acme.atlassian.net:PAY-1' });
  facts.flush();
  await Promise.resolve();
  await Promise.resolve();
  /** Runs the timers due by the wall clock, each once. */
  const runDue = () => {
    const due = timers.filter((timer) => timer.at <= clock.now);
    for (const timer of due) timers.splice(timers.indexOf(timer), 1);
    for (const timer of due) timer.fn();
  };
  return { facts, clock, timers, settled, requested, runDue };
}

describe('facts keeper, waiting for fetches', () => {
  it('stops waiting for a fetch that has not answered within a lease, and says counts may be shown', async () => {
    const { facts, clock, settled, requested, runDue } = await fetchingKeeper();
    expect(requested).toEqual(['jira:acme.atlassian.net:PAY-1']);
    expect(facts.waiting).toBe(true);
    settled.mockClear();

    clock.now += FACTS_LEASE_MS - 1;
    expect(facts.waiting).toBe(true);
    clock.now += 1;
    runDue();
    expect(facts.waiting).toBe(false);
    expect(settled).toHaveBeenCalled();
  });
});

describe('facts keeper, a lease timer that fires early', () => {
  it('looks again when the wall clock says the lease is not quite over, rather than waiting for good', async () => {
    const { facts, clock, timers, settled, runDue } = await fetchingKeeper();
    // The lease timers fire 2 ms early by the wall clock: the fetch is still waited for, a moment more.
    const early = timers.splice(0);
    clock.now += FACTS_LEASE_MS - 2;
    for (const timer of early) timer.fn();
    expect(facts.waiting).toBe(true);
    clock.now += 2;
    runDue();
    expect(facts.waiting).toBe(false);
    expect(settled).toHaveBeenCalled();
  });
});

describe('facts keeper, waiting for the background', () => {
  it('stops waiting for an answer about facts that has not come within a lease, and takes it if it comes later', async () => {
    let now = Date.parse('2026-11-25T10:00:00Z');
    const timers: { fn: () => void; at: number }[] = [];
    const settled = vi.fn();
    const requested: string[] = [];
    let answer: (reply: unknown) => void = () => {};
    const facts = createFactsKeeper({
      // The background never answers in time.
      send: (() => new Promise((resolve) => (answer = resolve))) as unknown as Send,
      fetchedAt: () => undefined,
      fetched: () => {},
      requestFacts: (ids) => requested.push(...ids),
      settled,
      now: () => now,
      later: (fn, ms) => timers.push({ fn, at: now + ms }),
    });
    facts.add({ id: 'jira:acme.atlassian.net:PAY-1' });
    facts.flush();
    expect(facts.waiting).toBe(true);

    now += FACTS_LEASE_MS - 1;
    for (const timer of timers.filter((timer) => timer.at <= now)) timer.fn();
    expect(facts.waiting).toBe(true);
    now += 1;
    for (const timer of timers.filter((timer) => timer.at <= now)) timer.fn();
    expect(facts.waiting).toBe(false);
    expect(settled).toHaveBeenCalled();

    // A late answer still names what to fetch, and is waited for as any fetch is.
    answer({ ok: true, data: { fetch: ['jira:acme.atlassian.net:PAY-1'] } });
    await Promise.resolve();
    await Promise.resolve();
    expect(requested).toEqual(['jira:acme.atlassian.net:PAY-1']);
    expect(facts.waiting).toBe(true);
  });
});

describe('facts keeper, waiting on fetches', () => {
  it('stops waiting for the items an answer names, and looks at no other item being fetched', async () => {
    const stored = new Map<string, string>();
    const looked: string[] = [];
    const ids = Array.from({ length: 1000 }, (_, n) => `jira:acme.atlassian.net:PAY-${n}`);
    const settled = vi.fn();
    const facts = createFactsKeeper({
      send: (async () => ({ ok: true, data: { fetch: ids } })) as unknown as Send,
      fetchedAt: (id) => {
        looked.push(id);
        return stored.get(id);
      },
      fetched: () => {},
      requestFacts: () => {},
      settled,
      now: () => 0,
      later: () => {},
    });
    for (const id of ids) facts.add({ id });
    facts.flush();
    await vi.waitFor(() => expect(looked).toHaveLength(1000));
    expect(facts.waiting).toBe(true);
    looked.length = 0;
    const answered = new Set(ids.slice(0, 100));
    for (const id of answered) stored.set(id, '2026-11-25T10:00:00.000Z');
    facts.arrived(answered);
    expect(looked).toHaveLength(100);
    expect(facts.waiting).toBe(true);
    // A whole index names no items: every item still fetched is looked at.
    for (const id of ids.slice(100)) stored.set(id, '2026-11-25T10:00:00.000Z');
    looked.length = 0;
    facts.arrived(null);
    expect(looked).toHaveLength(900);
    expect(facts.waiting).toBe(false);
    expect(settled).toHaveBeenCalled();
  });
});
