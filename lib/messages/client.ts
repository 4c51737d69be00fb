import { browser } from 'wxt/browser';
import type { Reply, RequestInput, RequestType } from './protocol';
import type { ResponseMap } from './responses';

export type RequestOf<T extends RequestType> = Extract<RequestInput, { type: T }>;

/**
 * Sends one request to the background. Never throws: a background that is
 * gone (extension reloaded) or an answer of the wrong shape becomes
 * `{ ok: false, error }`, so callers in a host page cannot raise page errors.
 */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<Reply<ResponseMap[T]>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (isReply(reply)) return reply as Reply<ResponseMap[T]>;
    return { ok: false, error: 'Throughline did not answer. Reload the page to reconnect.' };
  } catch (error) {
    return { ok: false, error: `Throughline is not reachable: ${(error as Error)?.message ?? String(error)}` };
  }
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; error?: unknown };
  return reply.ok === true || (reply.ok === false && typeof reply.error === 'string');
}
