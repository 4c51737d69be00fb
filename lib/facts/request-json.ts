import { t } from '../i18n/catalogue';
import { type Timed, untimed } from './facts-client';
import { EndpointMissing, FactsError } from './facts-error';

/** A tracker that has not answered by then is treated as unreachable for now. */
export const FACTS_TIMEOUT_MS = 10_000;

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Status codes meaning "this endpoint does not exist here" (404, and 405 for a POST-only path). */
  missingOn?: readonly number[];
  /** Answers that mean "this endpoint does not exist here" though they come as errors (an API version out of range). */
  isMissing?(status: number, body: unknown): boolean;
  headers?: Record<string, string>;
  /** Error statuses whose JSON the caller reads itself (a search naming keys it does not know). */
  acceptStatus?: readonly number[];
}

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The answer's JSON, parsed inside `timed`: `response.json()` would parse it outside anything that counts it. */
async function readJson(response: Response, timed: Timed): Promise<unknown> {
  let body: string;
  try {
    body = await response.text();
  } catch {
    return undefined;
  }
  return timed(() => {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  });
}

/**
 * One request to the tracker's own API, from the page's origin with the
 * user's session (cookies, no tokens). Answers the parsed JSON, or throws a
 * FactsError saying why in words a person understands, or EndpointMissing
 * when another endpoint should be tried.
 */
export async function requestJson(
  request: JsonRequest,
  signal?: AbortSignal,
  timed: Timed = untimed,
): Promise<JsonAnswer> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), FACTS_TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      // A login page reached by redirect would otherwise pass for the answer.
      redirect: 'manual',
      headers: {
        Accept: 'application/json',
        ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
        ...request.headers,
      },
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      signal: timeout.signal,
    });
  } catch (error) {
    if (timeout.signal.aborted && !signal?.aborted)
      throw new FactsError(t('requestJson_theTrackerDidNotAnswer', FACTS_TIMEOUT_MS / 1000), true);
    throw new FactsError(
      t('requestJson_theTrackerCouldNotBe', (error as Error)?.message ?? t('requestJson_networkError')),
      true,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400))
    throw new FactsError(t('requestJson_signedOutOfTheTracker'), true);
  if (status === 401) throw new FactsError(t('requestJson_signedOutOfTheTracker2'), true);
  if (status === 403) throw new FactsError(t('requestJson_noAccessToTheseItems'), true);
  if (status === 429) {
    const wait = retryAfter(response.headers.get('Retry-After'), Date.now());
    const asked =
      wait === undefined
        ? t('requestJson_fewerRequests')
        : t('requestJson_fewerRequestsRetrying', Math.ceil(wait / 1000));
    throw new FactsError(asked, true, wait);
  }
  if ((request.missingOn ?? [404]).includes(status)) throw new EndpointMissing(false);
  const type = response.headers.get('Content-Type') ?? '';
  if (!/\bjson\b/i.test(type)) {
    if (status >= 500) throw new FactsError(t('requestJson_theTrackerAnsweredWithAn', status), false);
    throw new EndpointMissing(true);
  }
  const body = await readJson(response, timed);
  if (request.isMissing?.(status, body)) throw new EndpointMissing(false);
  if (status >= 400 && !request.acceptStatus?.includes(status))
    throw new FactsError(t('requestJson_theTrackerAnsweredWithAn', status), status >= 500);
  if (body === undefined) throw new FactsError(t('requestJson_theTrackerSAnswerCould'), false);
  return { status, body };
}
