import { describe, expect, it, vi } from 'vitest';
import { serveTrackerCalls, type TrackerWorkerScope } from '../../../lib/facts/tracker-worker';

const URL_ = 'https://acme.atlassian.net/rest/api/3/issue/bulkfetch';

/** A worker's global as the program meets it: its messages in, what it posts out, and the fetch it makes. */
function fakeScope(fetchImpl: TrackerWorkerScope['fetch']) {
  const posted: unknown[] = [];
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const scope: TrackerWorkerScope = {
    fetch: fetchImpl,
    postMessage: (message) => posted.push(message),
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  const send = async (data: unknown) => {
    for (const listener of listeners) listener({ data });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { scope, posted, send };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });

describe("the tracker worker's program", () => {
  it('says it is ready, then makes each call with the session and no redirect followed, and posts the answer read whole', async () => {
    const fetchImpl = vi.fn(async () => json({ issues: [] }, { status: 200, headers: { 'Retry-After': '5' } }));
    const { scope, posted, send } = fakeScope(fetchImpl as never);
    serveTrackerCalls(scope);
    expect(posted).toEqual([{ ready: true }]);
    await send({
      id: 4,
      call: { url: URL_, method: 'POST', headers: { Accept: 'application/json' }, body: '{"a":1}' },
    });
    expect(fetchImpl).toHaveBeenCalledExactlyOnceWith(URL_, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: '{"a":1}',
      credentials: 'same-origin',
      redirect: 'manual',
      signal: expect.any(AbortSignal),
    });
    expect(posted[1]).toEqual({
      id: 4,
      answer: {
        status: 200,
        redirected: false,
        contentType: 'application/json',
        retryAfter: '5',
        text: '{"issues":[]}',
      },
    });
  });

  it('leaves a web page unread, and says what went wrong as a message', async () => {
    const answers = [
      async () => new Response('<html>login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ];
    const { scope, posted, send } = fakeScope((() => answers.shift()?.()) as never);
    serveTrackerCalls(scope);
    await send({ id: 1, call: { url: URL_, method: 'GET', headers: {} } });
    await send({ id: 2, call: { url: URL_, method: 'GET', headers: {} } });
    expect(posted.slice(1)).toEqual([
      { id: 1, answer: { status: 200, redirected: false, contentType: 'text/html', retryAfter: null, text: '' } },
      { id: 2, error: 'Failed to fetch' },
    ]);
  });

  it('aborts a call it is told to abort, and ignores messages of other shapes', async () => {
    let signal: AbortSignal | undefined;
    const fetchImpl = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          signal = init.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const { scope, posted, send } = fakeScope(fetchImpl as never);
    serveTrackerCalls(scope);
    for (const data of [null, 'call', { id: 'x', call: { url: URL_ } }, { id: 1, call: { url: 5 } }, { abort: 9 }])
      await send(data);
    expect(fetchImpl).not.toHaveBeenCalled();
    void send({ id: 3, call: { url: URL_, method: 'GET', headers: {} } });
    await vi.waitFor(() => expect(signal).toBeDefined());
    await send({ abort: 3 });
    expect(signal?.aborted).toBe(true);
    expect(posted.slice(1)).toEqual([{ id: 3, error: 'aborted' }]);
  });

  it('runs from its own source text alone, as the worker runs it', async () => {
    const fetchImpl = vi.fn(async () => json({ ok: true }));
    const { scope, posted, send } = fakeScope(fetchImpl as never);
    new Function('self', `(${serveTrackerCalls.toString()})(self);`)(scope);
    await send({ id: 1, call: { url: URL_, method: 'GET', headers: {} } });
    expect(posted).toEqual([
      { ready: true },
      {
        id: 1,
        answer: {
          status: 200,
          redirected: false,
          contentType: 'application/json',
          retryAfter: null,
          text: '{"ok":true}',
        },
      },
    ]);
  });
});
