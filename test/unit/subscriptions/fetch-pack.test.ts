import { describe, expect, it } from 'vitest';
import { fetchPack } from '../../../lib/subscriptions/fetch-pack';
import { MAX_PACK_BYTES } from '../../../lib/subscriptions/pack-limits';
import { smallPackInput } from '../db/test-database';
import { packBody, packServer } from './pack-server';

const URL_ = 'https://packs.example.test/acme.json';

describe('fetchPack', () => {
  it('reads a valid pack with its validators, sending the ones it has', async () => {
    const server = packServer({
      body: packBody(smallPackInput()),
      headers: { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT' },
    });
    const outcome = await fetchPack(URL_, {}, server.fetch);
    expect(outcome).toMatchObject({ kind: 'changed', etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    expect(outcome.kind === 'changed' && outcome.pack.objectives.length).toBe(2);
    expect(server.requests[0]?.headers['If-None-Match']).toBeUndefined();

    expect(
      await fetchPack(URL_, { etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' }, server.fetch),
    ).toEqual({
      kind: 'unchanged',
    });
    expect(server.requests[1]?.headers).toMatchObject({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 24 Nov 2026 10:00:00 GMT',
    });
  });

  it.each([
    ['offline', { status: 0 }, /could not be reached/],
    ['a 404', { status: 404, body: 'nope' }, /HTTP 404/],
    ['a 5xx', { status: 503, body: 'down' }, /HTTP 503/],
    ['a 403', { status: 403, body: 'denied' }, /refused access .*sign in/],
    ['not JSON', { body: 'format: yaml' }, /not valid JSON/],
    [
      'an invalid pack',
      { body: packBody({ ...smallPackInput(), themes: [{ id: 'x' }] } as never) },
      /themes\[0\]\.name/,
    ],
    [
      'a login page',
      { body: '<!doctype html><form>Sign in</form>', headers: { 'content-type': 'text/html' } },
      /web page, not a pack/,
    ],
    [
      'a redirect to another origin',
      { body: packBody(smallPackInput()), url: 'https://login.example.test/sso' },
      /redirects to another site, probably a sign-in page.* \(https:\/\/login\.example\.test\)/,
    ],
    [
      'a pack declared too large',
      { body: '{}', headers: { 'content-length': String(MAX_PACK_BYTES + 1) } },
      /larger than 256 MB/,
    ],
  ])('names the failure on %s', async (_name, served, reason) => {
    const outcome = await fetchPack(URL_, {}, packServer(served).fetch);
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.error).toMatch(reason);
  });

  it('tells a redirect the browser would not follow from a site that is down', async () => {
    const redirecting = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.redirect !== 'manual') throw new TypeError('Failed to fetch');
      return new Response(null, { status: 302, headers: { location: 'https://login.example.test/' } });
    }) as typeof fetch;
    expect(await fetchPack(URL_, {}, redirecting)).toEqual({
      kind: 'failed',
      error: expect.stringMatching(/redirects to another site/),
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchPack(URL_, {}, down)).toEqual({
      kind: 'failed',
      error: expect.stringMatching(/could not be reached/),
    });
  });

  it('stops reading a body that grows past the limit without a declared length', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const fetchImpl = (async () => new Response(stream, { status: 200 })) as typeof fetch;
    const outcome = await fetchPack(URL_, {}, fetchImpl);
    expect(outcome).toEqual({ kind: 'failed', error: expect.stringMatching(/larger than/) });
    expect(pulled).toBeLessThan(MAX_PACK_BYTES / chunk.length + 3);
  });
});
