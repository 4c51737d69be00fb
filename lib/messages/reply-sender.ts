import type { Runtime } from 'webextension-polyfill';
import type { Reply, RequestInput, RequestType } from './protocol';
import type { ResponseMap } from './responses';

export type RequestOf<T extends RequestType> = Extract<RequestInput, { type: T }>;
export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Reply<ResponseMap[T]>>;

/**
 * Sends requests to the background through `runtime`. Never throws: a
 * background that is gone (extension reloaded) or an answer of the wrong
 * shape becomes `{ ok: false, error }`, so callers in a host page cannot
 * raise page errors.
 */
export function replySender(runtime: () => Pick<Runtime.Static, 'sendMessage'>): Send {
  return async (request) => {
    try {
      const reply: unknown = await runtime().sendMessage(request);
      if (isReply(reply)) return reply as never;
      return { ok: false, error: 'Throughline did not answer. Reload the page to reconnect.' };
    } catch (error) {
      return { ok: false, error: `Throughline is not reachable: ${(error as Error)?.message ?? String(error)}` };
    }
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; error?: unknown };
  return reply.ok === true || (reply.ok === false && typeof reply.error === 'string');
}
