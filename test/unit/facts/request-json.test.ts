import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndpointMissing, FactsError } from '../../../lib/facts/facts-error';
import { createRequestJson, FACTS_TIMEOUT_MS } from '../../../lib/facts/request-json';
import { directTransport, type TrackerAnswer, type TrackerTransport } from '../../../lib/facts/tracker-transport';

const URL_ = 'https://acme.atlassian.net/rest/api/3/issue/bulkfetch';
const answer = (over: Partial<TrackerAnswer> = {}): TrackerAnswer => ({
  status: 200,
  redirected: false,
  contentType: 'application/json;charset=UTF-8',
  retryAfter: null,
  text: '{"issues":[]}',
  ...over,
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a JSON request to the tracker', () => {
  it('makes the call by its transport, with JSON in and out, and answers the parsed body', async () => {
    const transport = vi.fn<TrackerTransport>(async () => answer());
    const requestJson = createRequestJson(transport);
    await expect(requestJson({ url: URL_, method: 'POST', body: { issueIdsOrKeys: ['PAY-1'] } })).resolves.toEqual({
      status: 200,
      body: { issues: [] },
    });
    expect(transport).toHaveBeenCalledExactlyOnceWith(
      {
        url: URL_,
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: '{"issueIdsOrKeys":["PAY-1"]}',
      },
      expect.any(AbortSignal),
    );
    await requestJson({ url: URL_, headers: { 'X-Extra': '1' } });
    expect(transport).toHaveBeenLastCalledWith(
      { url: URL_, method: 'GET', headers: { Accept: 'application/json', 'X-Extra': '1' } },
      expect.any(AbortSignal),
    );
  });

  it('says why in words for each answer that is not data', async () => {
    const cases: [Partial<TrackerAnswer>, string, boolean][] = [
      [{ redirected: true, status: 0 }, 'signed out of the tracker (its API redirected to a login page)', true],
      [{ status: 401 }, 'signed out of the tracker (HTTP 401)', true],
      [{ status: 403 }, 'no access to these items through the tracker’s API (HTTP 403)', true],
      [
        { status: 429, retryAfter: '30' },
        'the tracker asked for fewer requests (HTTP 429; trying again in 30 s)',
        true,
      ],
      [{ status: 502, contentType: 'text/html', text: '' }, 'the tracker answered with an error (HTTP 502)', false],
      [{ status: 500 }, 'the tracker answered with an error (HTTP 500)', true],
      [{ text: '{"issues":' }, 'the tracker’s answer could not be read (malformed JSON)', false],
    ];
    for (const [over, reason, wholeSite] of cases) {
      const error = await createRequestJson(async () => answer(over))({ url: URL_ }).catch((caught) => caught);
      expect(error, reason).toBeInstanceOf(FactsError);
      expect(error).toMatchObject({ reason, wholeSite });
    }
    const limited = await createRequestJson(async () => answer({ status: 429, retryAfter: '30' }))({ url: URL_ }).catch(
      (caught) => caught,
    );
    expect(limited.retryAfterMs).toBe(30_000);
  });

  it('tells a missing endpoint and a web page from an error, and leaves accepted errors to the caller', async () => {
    const missing = await createRequestJson(async () => answer({ status: 405 }))({
      url: URL_,
      missingOn: [404, 405],
    }).catch((caught) => caught);
    expect(missing).toEqual(new EndpointMissing(false));
    const page = await createRequestJson(async () => answer({ contentType: 'text/html', text: '' }))({
      url: URL_,
    }).catch((caught) => caught);
    expect(page).toMatchObject({ webPage: true });
    await expect(
      createRequestJson(async () => answer({ status: 400, text: '{"errorMessages":[]}' }))({
        url: URL_,
        acceptStatus: [400],
      }),
    ).resolves.toEqual({ status: 400, body: { errorMessages: [] } });
  });

  it('gives up on a tracker that does not answer, and says so; a call that fails says why', async () => {
    vi.useFakeTimers();
    const hanging = createRequestJson(
      (_call, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted')))),
    )({ url: URL_ });
    const caught = hanging.catch((error) => error);
    await vi.advanceTimersByTimeAsync(FACTS_TIMEOUT_MS);
    expect(await caught).toMatchObject({ reason: 'the tracker did not answer within 10 s', wholeSite: true });
    vi.useRealTimers();
    const failing = createRequestJson(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(failing({ url: URL_ })).rejects.toMatchObject({
      reason: 'the tracker could not be reached (Failed to fetch)',
    });
  });

  it("by the page's own fetch: the session, no redirect followed, and a web page left unread", async () => {
    const fetchImpl = vi.fn(
      async (_url: string, _init: RequestInit) => new Response('<html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    vi.stubGlobal('fetch', fetchImpl);
    const signal = new AbortController().signal;
    const got = await directTransport({ url: URL_, method: 'GET', headers: { Accept: 'application/json' } }, signal);
    expect(fetchImpl).toHaveBeenCalledExactlyOnceWith(URL_, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      redirect: 'manual',
      signal,
    });
    expect(got).toEqual({ status: 200, redirected: false, contentType: 'text/html', retryAfter: null, text: '' });
  });
});
