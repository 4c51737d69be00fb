import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndpointMissing, FactsError } from '../../../lib/facts/facts-error';
import { jiraCloudFactsClient } from '../../../lib/facts/jira-api';
import { FACTS_TIMEOUT_MS, requestJson } from '../../../lib/facts/request-json';

const URL_ = 'https://acme.atlassian.net/rest/api/3/issue/bulkfetch';
const JSON_TYPE = { 'Content-Type': 'application/json;charset=UTF-8' };

const json = (body: string, init: ResponseInit = {}) =>
  new Response(body, { ...init, headers: { ...JSON_TYPE, ...init.headers } });

function answering(make: () => Response | Promise<Response>) {
  const fetchImpl = vi.fn(async (_url: string, _init: RequestInit) => make());
  vi.stubGlobal('fetch', fetchImpl);
  return fetchImpl;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a JSON request to the tracker', () => {
  it("asks with the page's session, follows no redirect, sends and reads JSON", async () => {
    const fetchImpl = answering(() => json('{"issues":[]}'));
    await expect(requestJson({ url: URL_, method: 'POST', body: { issueIdsOrKeys: ['PAY-1'] } })).resolves.toEqual({
      status: 200,
      body: { issues: [] },
    });
    expect(fetchImpl).toHaveBeenCalledExactlyOnceWith(URL_, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"issueIdsOrKeys":["PAY-1"]}',
      signal: expect.any(AbortSignal),
    });
    await requestJson({ url: URL_, headers: { 'X-Extra': '1' } });
    expect(fetchImpl.mock.lastCall?.[1]).toMatchObject({
      method: 'GET',
      headers: { Accept: 'application/json', 'X-Extra': '1' },
    });
    expect(fetchImpl.mock.lastCall?.[1]).not.toHaveProperty('body');
  });

  it('says why in words for each answer that is not data', async () => {
    const cases: [() => Response, string, boolean][] = [
      [
        () => ({ type: 'opaqueredirect', status: 0, headers: new Headers() }) as Response,
        'signed out of the tracker (its API redirected to a login page)',
        true,
      ],
      [() => json('{}', { status: 401 }), 'signed out of the tracker (HTTP 401)', true],
      [() => json('{}', { status: 403 }), 'no access to these items through the tracker’s API (HTTP 403)', true],
      [
        () => json('{}', { status: 429, headers: { 'Retry-After': '30' } }),
        'the tracker asked for fewer requests (HTTP 429; trying again in 30 s)',
        true,
      ],
      [
        () => new Response('<html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
        'the tracker answered with an error (HTTP 502)',
        false,
      ],
      [() => json('{}', { status: 500 }), 'the tracker answered with an error (HTTP 500)', true],
      [() => json('{"issues":'), 'the tracker’s answer could not be read (malformed JSON)', false],
    ];
    for (const [make, reason, wholeSite] of cases) {
      answering(make);
      const error = await requestJson({ url: URL_ }).catch((caught) => caught);
      expect(error, reason).toBeInstanceOf(FactsError);
      expect(error).toMatchObject({ reason, wholeSite });
    }
    answering(() => json('{}', { status: 429, headers: { 'Retry-After': '30' } }));
    expect((await requestJson({ url: URL_ }).catch((caught) => caught)).retryAfterMs).toBe(30_000);
  });

  it('tells a missing endpoint and a web page from an error, and leaves accepted errors to the caller', async () => {
    answering(() => json('{}', { status: 405 }));
    expect(await requestJson({ url: URL_, missingOn: [404, 405] }).catch((caught) => caught)).toEqual(
      new EndpointMissing(false),
    );
    answering(() => new Response('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }));
    expect(await requestJson({ url: URL_ }).catch((caught) => caught)).toMatchObject({ webPage: true });
    answering(() => json('{"errorMessages":[]}', { status: 400 }));
    await expect(requestJson({ url: URL_, acceptStatus: [400] })).resolves.toEqual({
      status: 400,
      body: { errorMessages: [] },
    });
  });

  it('gives up on a tracker that does not answer, and says so; a request that fails says why', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const caught = requestJson({ url: URL_ }).catch((error) => error);
    await vi.advanceTimersByTimeAsync(FACTS_TIMEOUT_MS);
    expect(await caught).toMatchObject({ reason: 'the tracker did not answer within 10 s', wholeSite: true });
    vi.useRealTimers();
    answering(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(requestJson({ url: URL_ })).rejects.toMatchObject({
      reason: 'the tracker could not be reached (Failed to fetch)',
    });
  });

  it("reads the answer inside the runner it is given, as a client's reading of it is", async () => {
    const inside: unknown[] = [];
    const timed = <T>(work: () => T): T => {
      const result = work();
      inside.push(result);
      return result;
    };
    answering(() => json('{"issues":[{"key":"pay-1","fields":{"labels":["growth"]}}]}'));
    await expect(requestJson({ url: URL_ }, undefined, timed)).resolves.toEqual({
      status: 200,
      body: { issues: [{ key: 'pay-1', fields: { labels: ['growth'] } }] },
    });
    // The parsed body came out of the runner: the parse was counted.
    expect(inside).toEqual([{ issues: [{ key: 'pay-1', fields: { labels: ['growth'] } }] }]);
    inside.length = 0;
    const found = await jiraCloudFactsClient('https://acme.atlassian.net').fetch(['PAY-1'], undefined, timed);
    expect(found).toEqual(new Map([['PAY-1', { labels: ['growth'] }]]));
    // The parse, then the facts made of it: both inside.
    expect(inside).toHaveLength(2);
    expect(inside[1]).toEqual(found);
  });
});
