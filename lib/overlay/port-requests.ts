import type { Runtime } from 'webextension-polyfill';
import { t } from '../i18n/catalogue';
import type { PortRequest } from '../messages/overlay-port-messages';
import type { Reply, RequestType } from '../messages/protocol';
import { failureOf, type Send } from '../messages/reply-sender';

/**
 * The tab's requests, sent on its overlay port while one is open and as
 * one-off messages otherwise. The port is already there: a one-off message
 * opens a channel of its own each time, which cost its sender 0.5 ms of the
 * main thread (median; 0.2-4.1) against 0.2 ms (0.1-0.5) on the port, 15
 * sends a pause apart (a board's scroll tells the background about its new
 * cards). A port that closes with requests out answers each as a lost answer
 * is answered (reply-sender.ts): a read was not reachable, a change could not
 * be confirmed.
 */
export function createPortRequests(oneOff: Send, scope: () => string | null) {
  let port: Runtime.Port | null = null;
  /** The part of the tracker the page spoke for when the port opened: the background checks requests against it. */
  let portScope: string | null = null;
  let next = 0;
  const waiting = new Map<number, { type: RequestType; done(reply: Reply<unknown>): void }>();

  const send: Send = (request) => {
    const open = port;
    // A page that moved to another organization in place speaks for it only in a one-off message's sender.
    if (!open || scope() !== portScope) return oneOff(request);
    const id = ++next;
    const envelope: PortRequest = { type: 'request', id, request };
    try {
      open.postMessage(envelope);
    } catch {
      return oneOff(request);
    }
    return new Promise((resolve) => waiting.set(id, { type: request.type, done: resolve as never }));
  };

  return {
    send,
    /** The port requests go on from now. */
    attach(opened: Runtime.Port): void {
      port = opened;
      portScope = scope();
    },
    /** The port closed: later requests go as one-off messages, and those out get their answer now. */
    detach(): void {
      port = null;
      const out = [...waiting.values()];
      waiting.clear();
      for (const { type, done } of out) done({ ok: false, error: failureOf(type, t('portRequests_closed')) });
    },
    /** The background's answer to request `id`; one it never asked for is dropped. */
    replied(id: number, reply: Reply<unknown>): void {
      const request = waiting.get(id);
      if (!request) return;
      waiting.delete(id);
      request.done(reply);
    },
  };
}

export type PortRequests = ReturnType<typeof createPortRequests>;
