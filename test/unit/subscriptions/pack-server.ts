import type { PackInput } from '../../../lib/model/pack';

export interface Served {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** The address the response says it came from, after redirects. */
  url?: string;
}

/**
 * A stand-in for the server that publishes a pack: answers each request
 * with what the test set, honours `If-None-Match` with a 304 when the ETag
 * is the same, and remembers the requests it got.
 */
export function packServer(initial: Served) {
  let served = initial;
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    requests.push({ url, headers });
    if (served.status === 0) throw new TypeError('Failed to fetch');
    const etag = served.headers?.etag;
    if (etag && headers['If-None-Match'] === etag) return responseOf({ status: 304, body: '' }, url);
    return responseOf(served, url);
  }) as typeof fetch;
  return {
    fetch: fetchImpl,
    requests,
    serve(next: Served) {
      served = next;
    },
  };
}

function responseOf(served: Served, url: string): Response {
  const status = served.status ?? 200;
  const response = new Response(status === 304 ? null : (served.body ?? ''), {
    status,
    headers: { 'content-type': 'application/json', ...served.headers },
  });
  Object.defineProperty(response, 'url', { value: served.url ?? url });
  return response;
}

export function packBody(pack: PackInput): string {
  return JSON.stringify(pack);
}
