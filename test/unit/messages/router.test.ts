import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/messages/router';
import { UserError } from '../../../lib/messages/user-error';

const ORIGIN = 'chrome-extension://abc';
const policy = {
  runtimeId: 'abc',
  extensionOrigin: ORIGIN,
  isTrackerPage: (url: string) => url.startsWith('https://acme.atlassian.net/'),
};
const fromPage = { id: 'abc', url: `${ORIGIN}/options.html` };
const fromTracker = { id: 'abc', url: 'https://acme.atlassian.net/browse/PAY-1', tab: { id: 1 } as never };

function router(overrides: Partial<Handlers> = {}) {
  const handlers = new Proxy(overrides, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (async () => ({ handled: key })),
  }) as Handlers;
  return createRouter(handlers, policy);
}

describe('message router', () => {
  it('answers a well-formed request with the handler data', async () => {
    const reply = await router({ ping: async () => ({ version: '1.2.3' }) })({ type: 'ping' }, fromPage);
    expect(reply).toEqual({ ok: true, data: { version: '1.2.3' } });
  });

  it('refuses a message from another extension', async () => {
    const reply = await router()({ type: 'ping' }, { id: 'other', url: 'chrome-extension://other/x.html' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('did not come from Throughline') });
  });

  it('refuses a content script on a page that is not a tracker site, naming the origin', async () => {
    const reply = await router()(
      { type: 'ping' },
      { id: 'abc', url: 'https://evil.example/x', tab: { id: 2 } as never },
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/https:\/\/evil\.example is not a tracker site/);
  });

  it.each([
    [42, /must be an object/],
    [null, /must be an object/],
    [{ items: [] }, /string "type"/],
    [{ type: 'launchMissiles' }, /unknown request type "launchMissiles"/],
    [{ type: 'annotate', items: 42 }, /items/],
    [{ type: 'annotate', items: [{ id: 'not an id' }] }, /items\[0\]\.id: .*not a work item id/],
    [{ type: 'ping', extra: true }, /extra: unknown field/],
  ])('answers malformed request %j with a readable reason', async (message, reason) => {
    const reply = await router()(message, fromTracker);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^Malformed request: /);
    expect(!reply.ok && reply.error).toMatch(reason);
  });

  it('keeps pack import and export to extension pages', async () => {
    const reply = await router()({ type: 'exportPack' }, fromTracker);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining("only be sent from Throughline's own pages") });
    expect((await router()({ type: 'exportPack' }, fromPage)).ok).toBe(true);
  });

  it('passes the parsed, normalized request to the handler', async () => {
    const annotate = vi.fn(async () => ({
      items: {},
      objectives: {},
      facts: { fetching: [], unavailable: [] },
      fetch: [],
    }));
    await router({ annotate })(
      { type: 'annotate', items: [{ id: 'azure-devops:Contoso.visualstudio.com:7' }] },
      fromTracker,
    );
    expect(annotate).toHaveBeenCalledWith(
      { type: 'annotate', items: [{ id: 'azure-devops:dev.azure.com/contoso:7' }] },
      { kind: 'content-script', url: fromTracker.url, frame: { tabId: 1, frameId: 0 } },
    );
  });

  it('leaves no performance entries behind, however many requests it answers', async () => {
    const answer = router({ ping: async () => ({ version: '1.2.3' }) });
    const before = performance.getEntries().length;
    for (let count = 0; count < 50; count++) await answer({ type: 'ping' }, fromPage);
    await answer({ type: 'nonsense' }, fromTracker);
    expect(performance.getEntries().length).toBe(before);
  });

  it('turns a UserError into its message and any other failure into a readable error', async () => {
    const userError = await router({
      link: async () => {
        throw new UserError('No objective "ob-x".');
      },
    })({ type: 'link', itemId: 'jira:acme.atlassian.net:PAY-1', objectiveId: 'ob-x' }, fromTracker);
    expect(userError).toEqual({ ok: false, error: 'No objective "ob-x".' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = await router({
      ping: async () => {
        throw new TypeError('boom');
      },
    })({ type: 'ping' }, fromPage);
    expect(bug).toEqual({ ok: false, error: expect.stringContaining('boom') });
  });
});

describe('saveSettings request', () => {
  it('passes on only the fields given, so the others keep their stored values', async () => {
    const saveSettings = vi.fn(async () => ({
      staleAfterDays: 45,
      density: 'full' as const,
      trackers: [],
      factsFetching: [],
    }));
    await router({ saveSettings })({ type: 'saveSettings', settings: { density: 'full' } }, fromPage);
    expect(saveSettings).toHaveBeenCalledWith(
      { type: 'saveSettings', settings: { density: 'full' } },
      { kind: 'page' },
    );
  });
});

describe('a database out of space', () => {
  it('is explained with what to do, not shown as a bare QuotaExceededError', async () => {
    const reply = await router({
      saveSettings: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    })({ type: 'saveSettings', settings: {} }, fromPage);
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(
        /no more storage space .*nothing was changed\. Free some disk space, or delete old backups/,
      ),
    });
  });
});
