/** One call to the tracker's API, as it goes over the wire. */
export interface TrackerCall {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** What the tracker answered, read whole: all that requestJson reads of a response. */
export interface TrackerAnswer {
  status: number;
  /** A redirect not followed (`redirect: 'manual'`): a login page, most likely. */
  redirected: boolean;
  contentType: string;
  retryAfter: string | null;
  /** The body where it is JSON; empty otherwise (a web page is not read). */
  text: string;
}

/** Makes a call from the page's origin with the user's session; rejects as `fetch` does (network errors, aborts). */
export type TrackerTransport = (call: TrackerCall, signal: AbortSignal) => Promise<TrackerAnswer>;

/** Whether a Content-Type is JSON's (`application/json`, `…+json`, with or without a charset). */
export const JSON_TYPE = /\bjson\b/i;

/**
 * The calls made by the content script's own `fetch`, on the page's main
 * thread: where no worker can be started (worker-transport.ts).
 */
export const directTransport: TrackerTransport = async ({ url, ...call }, signal) => {
  const response = await fetch(url, {
    ...call,
    credentials: 'same-origin',
    // A login page reached by redirect would otherwise pass for the answer.
    redirect: 'manual',
    signal,
  });
  const contentType = response.headers.get('Content-Type') ?? '';
  return {
    status: response.status,
    redirected: response.type === 'opaqueredirect',
    contentType,
    retryAfter: response.headers.get('Retry-After'),
    text: JSON_TYPE.test(contentType) ? await response.text() : '',
  };
};
