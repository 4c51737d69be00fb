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
