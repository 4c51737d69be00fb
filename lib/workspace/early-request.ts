import { send } from '../messages/client';
import type { Reply, RequestType } from '../messages/protocol';
import type { RequestOf, Send } from '../messages/reply-sender';
import type { ResponseMap } from '../messages/responses';

/**
 * Requests a page sends as its script starts, for the view it opens on,
 * each taken once by that view as it mounts. Sent from the view's first
 * effect instead, a request waited for the shell's first paint: 20-30 ms of
 * the workspace's first render with a large catalogue.
 */
export function createEarlyRequests(send: Send) {
  const early = new Map<string, Promise<Reply<unknown>>>();
  const keyOf = (request: { type: string }) => JSON.stringify(request);
  return {
    /** Sends a request now, for the view that asks it next. */
    start<T extends RequestType>(request: RequestOf<T>): void {
      const key = keyOf(request);
      if (!early.has(key)) early.set(key, send(request));
    },
    /** The answer to a request sent early, if it was and nobody took it yet; else sends it now. */
    take<T extends RequestType>(request: RequestOf<T>): Promise<Reply<ResponseMap[T]>> {
      const key = keyOf(request);
      const sent = early.get(key) as Promise<Reply<ResponseMap[T]>> | undefined;
      early.delete(key);
      return sent ?? send(request);
    },
  };
}

/** The extension pages' early requests. */
export const earlyRequests = createEarlyRequests(send);
