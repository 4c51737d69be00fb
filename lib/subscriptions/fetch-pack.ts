import type { Pack } from '../model/pack';
import { parsePackText } from '../model/parse-pack';
import { MAX_PACK_BYTES, megabytes } from './pack-limits';

/** What one conditional request for a subscribed pack found. */
export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'changed'; pack: Pack; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: string };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

const TIMEOUT_MS = 60_000;

const REDIRECTED =
  'the address redirects to another site, probably a sign-in page: open the address in a tab, sign in, then Refresh now';

/**
 * Whether a request that failed did so because the address redirects: the
 * browser refuses to follow to a site Throughline may not read, which looks
 * like any network failure until the redirect itself is asked for.
 */
async function redirectsAway(url: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(url, { redirect: 'manual', credentials: 'include', cache: 'no-store' });
    return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  } catch {
    return false;
  }
}

/** The body as text, refusing it as soon as it grows past the limit rather than after holding all of it. */
async function boundedText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_PACK_BYTES) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_PACK_BYTES) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function httpProblem(status: number): string {
  if (status === 401 || status === 403)
    return `the server refused access (HTTP ${status}): sign in to the site in this browser, then Refresh now`;
  if (status === 404) return 'there is no pack at this address (HTTP 404): check the address with whoever publishes it';
  if (status >= 500) return `the server failed (HTTP ${status}): it may be down for a while; Throughline tries again`;
  return `the server answered HTTP ${status}`;
}

/**
 * Fetches a subscribed pack with `If-None-Match` / `If-Modified-Since`, so
 * an unchanged pack costs a 304. Sends the browser's cookies for the pack's
 * site (an intranet or SharePoint needs the user's session) and never
 * follows it to another site: a redirect elsewhere is usually a login page.
 * Every failure comes back as a reason a person can act on, never thrown.
 */
export async function fetchPack(url: string, validators: Validators, fetchImpl = fetch): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers,
      credentials: 'include',
      // Our own validators decide; the HTTP cache would answer 200 from a stale copy or hide the 304.
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError') return { kind: 'failed', error: 'the server did not answer within a minute' };
    if (await redirectsAway(url, fetchImpl)) return { kind: 'failed', error: REDIRECTED };
    return { kind: 'failed', error: 'the pack could not be reached: offline, or the site is down or blocked' };
  }
  const finalUrl = response.url || url;
  if (new URL(finalUrl).origin !== new URL(url).origin)
    return { kind: 'failed', error: `${REDIRECTED} (${new URL(finalUrl).origin})` };
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', error: httpProblem(response.status) };
  let text: string | null;
  try {
    text = await boundedText(response);
  } catch {
    return { kind: 'failed', error: 'the connection broke while the pack was downloading' };
  }
  if (text === null)
    return {
      kind: 'failed',
      error: `the pack is larger than ${megabytes(MAX_PACK_BYTES)}, the most Throughline reads`,
    };
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*</.test(text))
    return {
      kind: 'failed',
      error:
        'the address answered with a web page, not a pack (a sign-in page?): sign in to the site, then Refresh now',
    };
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    const reasons = rest.length > 0 ? `${first} (and ${rest.length} more problems)` : first;
    return { kind: 'failed', error: `the pack was refused: ${reasons}` };
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return {
    kind: 'changed',
    pack: parsed.pack,
    ...(etag !== undefined && { etag }),
    ...(lastModified !== undefined && { lastModified }),
  };
}
