import { t } from '../i18n/catalogue';
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
  if (status === 401 || status === 403) return t('fetchPack_theServerRefusedAccessHttp', status);
  if (status === 404) return t('fetchPack_thereIsNoPackAt');
  if (status >= 500) return t('fetchPack_theServerFailedHttpIt', status);
  return t('fetchPack_theServerAnsweredHttp', status);
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
    if (name === 'TimeoutError') return { kind: 'failed', error: t('fetchPack_theServerDidNotAnswer') };
    if (await redirectsAway(url, fetchImpl))
      return { kind: 'failed', error: t('fetchPack_theAddressRedirectsToAnother') };
    return { kind: 'failed', error: t('fetchPack_thePackCouldNotBe') };
  }
  const finalUrl = response.url || url;
  if (new URL(finalUrl).origin !== new URL(url).origin)
    return { kind: 'failed', error: t('fetchPack_redirectedTo', new URL(finalUrl).origin) };
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', error: httpProblem(response.status) };
  let text: string | null;
  try {
    text = await boundedText(response);
  } catch {
    return { kind: 'failed', error: t('fetchPack_theConnectionBrokeWhileThe') };
  }
  if (text === null)
    return {
      kind: 'failed',
      error: t('fetchPack_thePackIsLargerThan', megabytes(MAX_PACK_BYTES)),
    };
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*</.test(text))
    return {
      kind: 'failed',
      error: t('fetchPack_theAddressAnsweredWithA'),
    };
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    const reasons = rest.length > 0 ? t('fetchPack_andMoreProblems', first ?? '', rest.length) : first;
    return { kind: 'failed', error: t('fetchPack_thePackWasRefused', reasons ?? '') };
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
