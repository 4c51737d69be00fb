import type { Runtime } from 'webextension-polyfill';
import type { IndexFacts, IndexLink } from '../db/site-index';
import type { NumberShapes } from '../format/number-shapes';
import type { MessageTable } from '../i18n/message-table';
import {
  type IndexHead,
  type OverlayMessage,
  overlayPortName,
  parseOverlayMessage,
} from '../messages/overlay-port-messages';
import { IdMap } from '../model/id-map';
import type { Tracker } from '../model/item-id';
import type { PortRequests } from './port-requests';
import type { LoadedIndex } from './resolve';

export interface IndexClientDeps {
  tracker: Tracker;
  connect(name: string): Runtime.Port;
  onIndex(index: LoadedIndex): void;
  /** Facts the tracker answered since the index came. */
  onFacts(facts: readonly IndexFacts[]): void;
  onSettings(settings: Extract<OverlayMessage, { type: 'settings' }>): void;
  /** The message catalogue and the locale's number shapes, before the first settings. */
  onMessages(messages: MessageTable, numbers: NumberShapes | null): void;
  onRefused(reason: string): void;
  /** The tab's requests, sent on the port while it is open. */
  requests: PortRequests;
  /**
   * Runs the handling of each message as a piece of the tab's work (the
   * work timer): checking it, gathering an index's parts and handing answers
   * to their requests are our work too, outside any other piece.
   */
  timed(work: () => void): void;
}

interface Assembly {
  version: number;
  head: IndexHead;
  next: number;
  parts: number;
  links: IndexLink[];
  facts: IdMap<IndexFacts>;
}

/**
 * The tab's end of the overlay port: opened as the content script starts,
 * it receives the tab's settings and its site's index and passes each on
 * once complete, and then the facts the tracker answers as they come. The index's parts are gathered as they come, each in its own
 * task. The background may stop (an idle service worker is shut down), which
 * closes the port; the last index stays good until a change notice says
 * otherwise, and then the port is opened again.
 */
export function createIndexClient(deps: IndexClientDeps) {
  let port: Runtime.Port | null = null;
  let assembly: Assembly | null = null;

  function onMessage(raw: unknown): void {
    deps.timed(() => take(raw));
  }

  function take(raw: unknown): void {
    const message = parseOverlayMessage(raw);
    if (message === null) return;
    if (message.type === 'messages') deps.onMessages(message.messages, message.numbers);
    else if (message.type === 'settings') deps.onSettings(message);
    else if (message.type === 'refused') deps.onRefused(message.reason);
    else if (message.type === 'facts') deps.onFacts(message.facts);
    else if (message.type === 'reply') deps.requests.replied(message.id, message.reply);
    else receivePart(message);
  }

  function receivePart(part: Extract<OverlayMessage, { type: 'index' }>): void {
    if (part.part === 0 && part.head) {
      assembly = {
        version: part.version,
        head: part.head,
        next: 0,
        parts: part.parts,
        links: [],
        facts: new IdMap(),
      };
    }
    // A part out of turn (of an older version) is dropped; the next whole index follows.
    if (!assembly || assembly.version !== part.version || assembly.next !== part.part) return;
    for (const link of part.links) assembly.links.push(link);
    for (const entry of part.facts) assembly.facts.set(entry.id, entry);
    assembly.next++;
    if (assembly.next < assembly.parts) return;
    const { head, links, facts } = assembly;
    assembly = null;
    deps.onIndex({ head, links, facts });
  }

  function onDisconnect(): void {
    port = null;
    assembly = null;
    deps.requests.detach();
  }

  return {
    open(): void {
      if (port) return;
      try {
        port = deps.connect(overlayPortName(deps.tracker));
      } catch {
        // The extension was reloaded or removed: this content script has no background any more.
        port = null;
        return;
      }
      port.onMessage.addListener(onMessage);
      port.onDisconnect.addListener(onDisconnect);
      deps.requests.attach(port);
    },
    get isOpen(): boolean {
      return port !== null;
    },
    close(): void {
      const open = port;
      onDisconnect();
      try {
        open?.disconnect();
      } catch {
        // Already closed.
      }
    },
  };
}
