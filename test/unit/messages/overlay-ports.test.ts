import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { SiteIndex } from '../../../lib/db/site-index';
import { readNumberShapes } from '../../../lib/format/read-number-shapes';
import type { MessageTable } from '../../../lib/i18n/message-table';
import {
  INDEX_RECORDS_PER_PART,
  type OverlayMessage,
  parseOverlayMessage,
} from '../../../lib/messages/overlay-port-messages';
import { createOverlayPorts } from '../../../lib/messages/overlay-ports';
import type { Tracker } from '../../../lib/model/item-id';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const ORIGIN = 'chrome-extension://abc';

/** A port as the browser hands it to the background, recording what is posted and whether it was closed. */
function fakePort(name: string, sender: Runtime.MessageSender) {
  const listeners: (() => void)[] = [];
  const heard: ((message: unknown) => void)[] = [];
  const posted: OverlayMessage[] = [];
  const port = {
    name,
    sender,
    posted,
    closed: false,
    onMessage: { addListener: (listener: (message: unknown) => void) => heard.push(listener) },
    /** A message the tab posts. */
    send: (message: unknown) => {
      for (const listener of heard) listener(message);
    },
    postMessage: (message: OverlayMessage) => {
      if (port.closed) throw new Error('Attempting to use a disconnected port object');
      posted.push(message);
    },
    disconnect: () => {
      port.closed = true;
    },
    onDisconnect: { addListener: (listener: () => void) => listeners.push(listener) },
    /** The tab going away. */
    close: () => {
      port.closed = true;
      for (const listener of listeners) listener();
    },
  };
  return port;
}

const tab = { id: 7 } as Runtime.MessageSender['tab'];
const NUMBERS = readNumberShapes('en-US', 'en-US');
const acme = { id: 'abc', url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1', tab };

function hub(overrides: { links?: number; trackers?: Tracker[]; messages?: MessageTable } = {}) {
  const timers: (() => void)[] = [];
  const handle = vi.fn(async (request: unknown, sender: Runtime.MessageSender) => ({
    ok: true as const,
    data: { request, from: sender.url },
  }));
  const buildIndex = vi.fn(
    async (tracker: Tracker, pageUrl: URL): Promise<SiteIndex> => ({
      tracker,
      pageUrl: pageUrl.href,
      keyPatterns: [],
      links: Array.from({ length: overrides.links ?? 1 }, (_, n) => ({
        id: `ln-${n}`,
        itemId: `jira:${pageUrl.host}:PAY-${n + 1}`,
        objectiveId: 'ob-1',
        createdAt: '2026-11-02T09:00:00.000Z',
      })),
      exclusions: [],
      facts: [],
      rules: [],
      notInherited: [],
      strategy: true,
      objectives: {},
    }),
  );
  const ports = createOverlayPorts({
    runtimeId: 'abc',
    extensionOrigin: ORIGIN,
    trackerOf: async (url) => (/^https:\/\/[a-z]+\.atlassian\.net\//.test(url) ? 'jira' : null),
    settings: async () => ({ ...DEFAULT_SETTINGS, trackers: overrides.trackers ?? DEFAULT_SETTINGS.trackers }),
    messages: async () => overrides.messages ?? null,
    numbers: () => NUMBERS,
    buildIndex,
    schedule: (fn) => void timers.push(fn),
    handle,
  });
  const runTimers = async () => {
    for (const fn of timers.splice(0)) fn();
    // The sends that follow read settings and indexes: let those promises settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ports, buildIndex, runTimers, handle };
}

const types = (posted: OverlayMessage[]) => posted.map((message) => message.type);

describe('overlay ports', () => {
  it("hands a tracker tab its settings and its own site's index, built for the tab's address", async () => {
    const { ports, buildIndex } = hub();
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    expect(types(port.posted)).toEqual(['settings', 'index']);
    expect(port.posted[0]).toEqual({ type: 'settings', density: 'compact', enabled: true });
    expect(buildIndex).toHaveBeenCalledWith('jira', new URL(acme.url), 'acme.atlassian.net', expect.anything());
    const index = port.posted[1]!;
    expect(index).toMatchObject({ type: 'index', version: 1, part: 0, parts: 1, head: { pageUrl: acme.url } });
    expect(port.posted.every((message) => parseOverlayMessage(message) !== null)).toBe(true);
  });

  it('hands each tab the message catalogue once, before its first settings', async () => {
    const messages = { chipDom_addObjective: '+ Objective' };
    const { ports, runTimers } = hub({ messages });
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    expect(types(port.posted)).toEqual(['messages', 'settings', 'index']);
    expect(port.posted[0]).toEqual({ type: 'messages', messages, numbers: NUMBERS });
    expect(parseOverlayMessage(port.posted[0])).toEqual({ type: 'messages', messages, numbers: NUMBERS });
    ports.changed('settings');
    await runTimers();
    expect(types(port.posted)).toEqual(['messages', 'settings', 'index', 'settings', 'index']);
    const second = fakePort('throughline:overlay:jira', acme);
    await ports.connect(second as never);
    expect(types(second.posted)).toEqual(['messages', 'settings', 'index']);
  });

  it('says a tracker turned off in Settings is off', async () => {
    const { ports } = hub({ trackers: ['asana'] });
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    expect(port.posted[0]).toEqual({ type: 'settings', density: 'compact', enabled: false });
  });

  it('refuses, and closes, a port from another extension, an extension page, a non-tracker page or the wrong tracker', async () => {
    const { ports, buildIndex } = hub();
    const cases: [string, Runtime.MessageSender, RegExp][] = [
      ['throughline:overlay:jira', { ...acme, id: 'other' }, /not opened by Throughline/],
      ['throughline:overlay:jira', { id: 'abc', url: `${ORIGIN}/popup.html`, tab }, /only a tracker page/],
      [
        'throughline:overlay:jira',
        { id: 'abc', url: 'https://evil.example/browse/PAY-1', tab },
        /evil\.example is not a tracker/,
      ],
      ['throughline:overlay:asana', acme, /is a jira site, not asana/],
    ];
    for (const [name, sender, reason] of cases) {
      const port = fakePort(name, sender);
      await ports.connect(port as never);
      expect(port.posted).toEqual([{ type: 'refused', reason: expect.stringMatching(reason) }]);
      expect(port.closed).toBe(true);
    }
    expect(buildIndex).not.toHaveBeenCalled();
    expect(ports.size).toBe(0);
  });

  it('leaves ports that are not an overlay alone', async () => {
    const { ports } = hub();
    const port = fakePort('something-else', acme);
    await ports.connect(port as never);
    expect(port.posted).toEqual([]);
    expect(port.closed).toBe(false);
  });

  it('answers a second tab of the same site from memory, until something changes', async () => {
    const { ports, buildIndex, runTimers } = hub();
    await ports.connect(fakePort('throughline:overlay:jira', acme) as never);
    const second = fakePort('throughline:overlay:jira', { ...acme, url: 'https://acme.atlassian.net/browse/PAY-1' });
    await ports.connect(second as never);
    expect(buildIndex).toHaveBeenCalledTimes(1);
    expect(types(second.posted)).toEqual(['settings', 'index']);
    ports.changed('links');
    await runTimers();
    expect(buildIndex).toHaveBeenCalledTimes(2);
  });

  it('sends a big index in parts, the first carrying all but the links', async () => {
    const { ports } = hub({ links: INDEX_RECORDS_PER_PART * 2 + 1 });
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    const parts = port.posted.filter((message) => message.type === 'index');
    expect(parts.map((message) => [message.part, message.parts, message.head !== null, message.links.length])).toEqual([
      [0, 3, true, INDEX_RECORDS_PER_PART],
      [1, 3, false, INDEX_RECORDS_PER_PART],
      [2, 3, false, 1],
    ]);
  });

  it('sends everything again after changes, once for changes that come together, one build per site', async () => {
    const { ports, buildIndex, runTimers } = hub();
    const first = fakePort('throughline:overlay:jira', acme);
    const second = fakePort('throughline:overlay:jira', { ...acme, url: 'https://acme.atlassian.net/browse/PAY-1' });
    await ports.connect(first as never);
    await ports.connect(second as never);
    buildIndex.mockClear();
    ports.changed('links');
    ports.changed('catalogue');
    await runTimers();
    expect(buildIndex).toHaveBeenCalledTimes(1);
    expect(types(first.posted)).toEqual(['settings', 'index', 'settings', 'index']);
    expect(first.posted.at(-1)).toMatchObject({ version: 2 });
    expect(types(second.posted)).toEqual(['settings', 'index', 'settings', 'index']);
  });

  it("hands fetched facts to the tabs of the items' own site only, without building indexes again", async () => {
    const { ports, buildIndex, runTimers } = hub();
    const own = fakePort('throughline:overlay:jira', acme);
    const other = fakePort('throughline:overlay:jira', { ...acme, url: 'https://beta.atlassian.net/browse/PAY-1' });
    await ports.connect(own as never);
    await ports.connect(other as never);
    buildIndex.mockClear();
    const fetched = {
      id: 'jira:acme.atlassian.net:PAY-9',
      facts: { labels: ['x'] },
      fetchedAt: '2026-11-24T10:00:00.000Z',
    };
    const elsewhere = { ...fetched, id: 'jira:beta.atlassian.net:PAY-9' };
    ports.factsFetched([fetched, elsewhere]);
    ports.changed('facts');
    await runTimers();
    expect(own.posted.at(-1)).toEqual({ type: 'facts', facts: [fetched] });
    expect(other.posted.at(-1)).toEqual({ type: 'facts', facts: [elsewhere] });
    expect(buildIndex).not.toHaveBeenCalled();
  });

  it('hands fetched facts to every tab of the site but the frame that fetched them', async () => {
    const { ports, runTimers } = hub();
    const fetcher = fakePort('throughline:overlay:jira', { ...acme, frameId: 0 });
    const sameTabOtherFrame = fakePort('throughline:overlay:jira', { ...acme, frameId: 3 });
    const otherTab = fakePort('throughline:overlay:jira', { ...acme, tab: { id: 8 } as typeof tab, frameId: 0 });
    for (const port of [fetcher, sameTabOtherFrame, otherTab]) await ports.connect(port as never);
    const before = fetcher.posted.length;
    const fetched = {
      id: 'jira:acme.atlassian.net:PAY-9',
      facts: { labels: ['x'] },
      fetchedAt: '2026-11-24T10:00:00.000Z',
    };
    ports.factsFetched([fetched], { tabId: 7, frameId: 0 });
    await runTimers();
    expect(fetcher.posted).toHaveLength(before);
    expect(sameTabOtherFrame.posted.at(-1)).toEqual({ type: 'facts', facts: [fetched] });
    expect(otherTab.posted.at(-1)).toEqual({ type: 'facts', facts: [fetched] });
  });

  it('never sends an index read before a change after the one read since', async () => {
    const { ports, buildIndex, runTimers } = hub();
    let finishOld: (index: SiteIndex) => void = () => {};
    const old = new Promise<SiteIndex>((resolve) => {
      finishOld = resolve;
    });
    buildIndex.mockImplementationOnce(() => old);
    const port = fakePort('throughline:overlay:jira', acme);
    const connecting = ports.connect(port as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    ports.changed('links');
    await runTimers();
    const fresh = port.posted.filter((message) => message.type === 'index');
    expect(fresh).toHaveLength(1);
    finishOld({ ...(await buildIndex.mock.results[1]!.value), pageUrl: 'stale' });
    await connecting;
    const sent = port.posted.filter((message) => message.type === 'index');
    expect(sent).toEqual(fresh);
  });

  it('forgets a tab that went away, even while its index was being built', async () => {
    const { ports, runTimers } = hub();
    const port = fakePort('throughline:overlay:jira', acme);
    const connecting = ports.connect(port as never);
    port.close();
    await connecting;
    expect(ports.size).toBe(0);
    const other = fakePort('throughline:overlay:jira', acme);
    await ports.connect(other as never);
    other.close();
    ports.changed('links');
    await expect(runTimers()).resolves.toBeUndefined();
    expect(ports.size).toBe(0);
  });
});

describe('requests on the overlay port', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("answers the tab's request by its id, from the router, with the port's own sender", async () => {
    const { ports, handle } = hub();
    const port = fakePort('throughline:overlay:jira', acme);
    const connecting = ports.connect(port as never);
    // Sent before the port was checked: answered once it is.
    port.send({ type: 'request', id: 4, request: { type: 'keepFacts', items: [] } });
    await connecting;
    await settle();
    expect(handle).toHaveBeenCalledWith({ type: 'keepFacts', items: [] }, acme);
    const reply = port.posted.find((message) => message.type === 'reply');
    expect(reply).toEqual({
      type: 'reply',
      id: 4,
      reply: { ok: true, data: { request: { type: 'keepFacts', items: [] }, from: acme.url } },
    });
    expect(parseOverlayMessage(reply)).toEqual(reply);
  });

  it('answers a request whose handling failed with a failure, not silence', async () => {
    const { ports, handle } = hub();
    handle.mockRejectedValueOnce(new Error('database closed'));
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    port.send({ type: 'request', id: 5, request: { type: 'ping' } });
    await settle();
    expect(port.posted.find((message) => message.type === 'reply')).toMatchObject({
      id: 5,
      reply: { ok: false, error: expect.stringContaining('database closed') },
    });
  });

  it('answers nothing on a refused port, and ignores what is not a request', async () => {
    const { ports, handle } = hub();
    const stranger = fakePort('throughline:overlay:jira', { ...acme, url: 'https://example.com/' });
    stranger.send({ type: 'request', id: 1, request: { type: 'ping' } });
    await ports.connect(stranger as never);
    const port = fakePort('throughline:overlay:jira', acme);
    await ports.connect(port as never);
    for (const message of [null, 'ping', { type: 'request', request: {} }, { type: 'request', id: 1.5, request: {} }])
      port.send(message);
    await settle();
    expect(handle).not.toHaveBeenCalled();
    expect(types(stranger.posted)).toEqual(['refused']);
    expect(types(port.posted)).not.toContain('reply');
  });
});

describe('parseOverlayMessage', () => {
  it('refuses what is not a message of the port', () => {
    for (const message of [
      null,
      'index',
      { type: 'index', version: 1, part: 1, parts: 1, head: null, links: [] },
      { type: 'index', version: 1, part: 0, parts: 1, head: null, links: [] },
      { type: 'settings', density: 'huge', enabled: true },
      { type: 'reply', id: 1, reply: { ok: 'yes' } },
      { type: 'reply', id: '1', reply: { ok: true, data: 1 } },
      { type: 'other' },
    ])
      expect(parseOverlayMessage(message)).toBeNull();
  });
});
