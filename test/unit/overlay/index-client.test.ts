import { describe, expect, it, vi } from 'vitest';
import type { SiteIndex } from '../../../lib/db/site-index';
import { readNumberShapes } from '../../../lib/format/read-number-shapes';
import { INDEX_RECORDS_PER_PART, indexMessages } from '../../../lib/messages/overlay-port-messages';
import type { Send } from '../../../lib/messages/reply-sender';
import { createIndexClient } from '../../../lib/overlay/index-client';
import { createPortRequests } from '../../../lib/overlay/port-requests';

function fakePort() {
  const message: ((message: unknown) => void)[] = [];
  const disconnect: (() => void)[] = [];
  return {
    disconnected: false,
    posted: [] as unknown[],
    postMessage(value: unknown) {
      this.posted.push(value);
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => message.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => disconnect.push(listener) },
    disconnect() {
      this.disconnected = true;
    },
    deliver: (value: unknown) => {
      for (const listener of message) listener(value);
    },
    drop: () => {
      for (const listener of disconnect) listener();
    },
  };
}

function index(links: number): SiteIndex {
  return {
    tracker: 'jira',
    pageUrl: 'https://acme.atlassian.net/browse/PAY-1',
    keyPatterns: [],
    links: Array.from({ length: links }, (_, n) => ({
      id: `ln-${n}`,
      itemId: `jira:acme.atlassian.net:PAY-${(n % 3) + 1}`,
      objectiveId: 'ob-1',
      createdAt: '2026-11-01T00:00:00.000Z',
    })),
    exclusions: [],
    facts: Array.from({ length: links }, (_, n) => ({
      id: `jira:acme.atlassian.net:PAY-${n + 1}`,
      facts: { labels: ['expansion'] },
      fetchedAt: '2026-11-01T00:00:00.000Z',
    })),
    rules: [],
    notInherited: [],
    strategy: true,
    objectives: {},
  };
}

const scope = { current: 'dev.azure.com/contoso' };

function client() {
  const ports: ReturnType<typeof fakePort>[] = [];
  const deps = {
    tracker: 'jira' as const,
    connect: vi.fn(() => {
      const port = fakePort();
      ports.push(port);
      return port as never;
    }),
    onIndex: vi.fn(),
    onFacts: vi.fn(),
    onSettings: vi.fn(),
    onMessages: vi.fn(),
    onRefused: vi.fn(),
    oneOff: vi.fn(async () => ({ ok: true as const, data: 'one-off' })),
    /** Whether a handler ran inside `timed`, as the work timer would count it. */
    timing: { inside: false, pieces: 0 },
    timed(work: () => void) {
      deps.timing.inside = true;
      deps.timing.pieces++;
      try {
        work();
      } finally {
        deps.timing.inside = false;
      }
    },
  };
  const requests = createPortRequests(deps.oneOff as unknown as Send, () => scope.current);
  return { deps, ports, requests, client: createIndexClient({ ...deps, requests }) };
}

describe('index client', () => {
  it('opens the port named for its tracker and hands on the catalogue, settings and refusals', () => {
    const { deps, ports, client: index_ } = client();
    index_.open();
    index_.open();
    expect(deps.connect).toHaveBeenCalledTimes(1);
    expect(deps.connect).toHaveBeenCalledWith('throughline:overlay:jira');
    const numbers = readNumberShapes('en-US', 'en-US');
    ports[0]!.deliver({ type: 'messages', messages: { chipDom_addObjective: '+ Objective' }, numbers });
    ports[0]!.deliver({ type: 'messages', messages: ['not', 'a', 'table'], numbers: null });
    ports[0]!.deliver({
      type: 'messages',
      messages: { chipDom_addObjective: 'x' },
      numbers: { ...numbers, digits: [] },
    });
    ports[0]!.deliver({ type: 'messages', messages: { chipDom_addObjective: '+ Objective' }, numbers: null });
    ports[0]!.deliver({ type: 'settings', density: 'full', enabled: false });
    ports[0]!.deliver({ type: 'refused', reason: 'not a tracker' });
    ports[0]!.deliver({ type: 'settings', density: 'wide', enabled: true });
    expect(deps.onSettings).toHaveBeenCalledWith({ type: 'settings', density: 'full', enabled: false });
    expect(deps.onSettings).toHaveBeenCalledTimes(1);
    expect(deps.onMessages.mock.calls).toEqual([
      [{ chipDom_addObjective: '+ Objective' }, numbers],
      [{ chipDom_addObjective: '+ Objective' }, null],
    ]);
    expect(deps.onRefused).toHaveBeenCalledWith('not a tracker');
  });

  it('hands on an index once all its parts came, with every link and the facts by item', () => {
    const { deps, ports, client: index_ } = client();
    index_.open();
    const parts = indexMessages(index(INDEX_RECORDS_PER_PART + 5), 1);
    for (const part of parts.slice(0, -1)) ports[0]!.deliver(part);
    expect(deps.onIndex).not.toHaveBeenCalled();
    deps.onIndex.mockImplementation(() => expect(deps.timing.inside).toBe(true));
    ports[0]!.deliver(parts.at(-1));
    // Every part was taken in as a piece of the tab's work, the index handed on inside the last.
    expect(deps.timing.pieces).toBe(parts.length);
    expect(deps.onIndex).toHaveBeenCalledTimes(1);
    const loaded = deps.onIndex.mock.calls[0]![0];
    expect(loaded.head.pageUrl).toBe('https://acme.atlassian.net/browse/PAY-1');
    expect(new Set(loaded.links.map((link: { itemId: string }) => link.itemId)).size).toBe(3);
    expect(loaded.links).toHaveLength(INDEX_RECORDS_PER_PART + 5);
    expect(loaded.facts.size).toBe(INDEX_RECORDS_PER_PART + 5);
    expect(loaded.facts.get('jira:acme.atlassian.net:PAY-7')?.facts).toEqual({ labels: ['expansion'] });
  });

  it('hands on the facts the tracker answered after the index, and drops a malformed message', () => {
    const { deps, ports, client: index_ } = client();
    index_.open();
    const facts = [{ id: 'jira:acme.atlassian.net:PAY-9', facts: { parent: 'PAY-1' } }];
    ports[0]!.deliver({ type: 'facts', facts });
    ports[0]!.deliver({ type: 'facts', facts: 'all of them' });
    expect(deps.onFacts).toHaveBeenCalledTimes(1);
    expect(deps.onFacts).toHaveBeenCalledWith(facts);
  });

  it('drops the parts of an index overtaken by a newer one', () => {
    const { deps, ports, client: index_ } = client();
    index_.open();
    const older = indexMessages(index(INDEX_RECORDS_PER_PART + 1), 1);
    const newer = indexMessages(index(1), 2);
    ports[0]!.deliver(older[0]);
    ports[0]!.deliver(newer[0]);
    ports[0]!.deliver(older[1]);
    expect(deps.onIndex).toHaveBeenCalledTimes(1);
    expect(deps.onIndex.mock.calls[0]![0].links).toHaveLength(1);
  });

  it('opens a new port once the old one closed, and closes its own', () => {
    const { deps, ports, client: index_ } = client();
    index_.open();
    ports[0]!.drop();
    expect(index_.isOpen).toBe(false);
    index_.open();
    expect(deps.connect).toHaveBeenCalledTimes(2);
    index_.close();
    expect(ports[1]!.disconnected).toBe(true);
    expect(index_.isOpen).toBe(false);
  });

  it('stays closed, and throws nothing, when the extension is gone', () => {
    const { deps, client: index_ } = client();
    deps.connect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => index_.open()).not.toThrow();
    expect(index_.isOpen).toBe(false);
  });

  it("sends the tab's requests on the open port and hands each its own answer", async () => {
    const { deps, ports, requests, client: index_ } = client();
    const before = requests.send({ type: 'ping' });
    index_.open();
    const first = requests.send({ type: 'keepFacts', items: [] });
    const seen = { ids: [], titles: [], statuses: [], urls: [], lastSeen: [] };
    const second = requests.send({ type: 'recordSeen', seen });
    expect(ports[0]!.posted).toEqual([
      { type: 'request', id: 1, request: { type: 'keepFacts', items: [] } },
      { type: 'request', id: 2, request: { type: 'recordSeen', seen } },
    ]);
    ports[0]!.deliver({ type: 'reply', id: 2, reply: { ok: true, data: { stored: 1 } } });
    ports[0]!.deliver({ type: 'reply', id: 9, reply: { ok: true, data: 'nobody asked' } });
    ports[0]!.deliver({ type: 'reply', id: 1, reply: { ok: true, data: { fetch: ['PAY-1'] } } });
    expect(await second).toEqual({ ok: true, data: { stored: 1 } });
    expect(await first).toEqual({ ok: true, data: { fetch: ['PAY-1'] } });
    // Before the port opened, the request went as a one-off message.
    expect(await before).toEqual({ ok: true, data: 'one-off' });
    expect(deps.oneOff).toHaveBeenCalledTimes(1);
  });

  it('answers the requests out when the port closes, and sends later ones as one-off messages', async () => {
    const { deps, ports, requests, client: index_ } = client();
    index_.open();
    const read = requests.send({ type: 'ping' });
    const change = requests.send({ type: 'link', itemId: 'jira:acme.atlassian.net:PAY-1', objectiveId: 'ob-1' });
    ports[0]!.drop();
    expect(await read).toMatchObject({ ok: false, error: expect.stringContaining('not reachable') });
    expect(await change).toMatchObject({ ok: false, error: expect.stringContaining('could not confirm') });
    expect(await requests.send({ type: 'ping' })).toEqual({ ok: true, data: 'one-off' });
    expect(deps.oneOff).toHaveBeenCalledTimes(1);
  });

  it('sends a one-off message once the page moved in place to another organization than its port speaks for', async () => {
    const { deps, ports, requests, client: index_ } = client();
    index_.open();
    scope.current = 'dev.azure.com/fabrikam';
    try {
      expect(await requests.send({ type: 'keepFacts', items: [] })).toEqual({ ok: true, data: 'one-off' });
      expect(ports[0]!.posted).toEqual([]);
      expect(deps.oneOff).toHaveBeenCalledTimes(1);
    } finally {
      scope.current = 'dev.azure.com/contoso';
    }
  });
});
