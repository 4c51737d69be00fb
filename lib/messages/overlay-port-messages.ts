import type { IndexFacts, IndexLink, SiteIndex } from '../db/site-index';
import { isNumberShapes, type NumberShapes } from '../format/number-shapes';
import type { MessageTable } from '../i18n/message-table';
import { isTracker, type Tracker } from '../model/item-id';
import type { Settings } from '../model/settings';
import type { Reply } from './protocol';
import { isReply } from './reply-sender';

/**
 * The long-lived port a tracker tab opens to the background as its content
 * script starts. The background answers on it with the tab's settings and its
 * site's index, and sends them again whenever they change. The tab sends its
 * requests on it too while it is open (cheaper than a one-off message each:
 * lib/overlay/port-requests.ts): each is answered by the same router, checked
 * against the port's sender as a one-off message is. Port names carry the
 * tracker the content script was built for, which the background checks
 * against the tab's address.
 */
const PORT_PREFIX = 'throughline:overlay:';

/**
 * A site index travels in parts of this many links and as many items'
 * facts, each its own task in the page: no long task however big the site.
 */
export const INDEX_RECORDS_PER_PART = 2000;

export type IndexHead = Omit<SiteIndex, 'links' | 'facts'>;

export type OverlayMessage =
  /**
   * The message catalogue, once a port, before the first settings: the tab then never asks the browser for it;
   * with how the reader's locale writes whole numbers, so that the tab needs no `Intl` for them (number-shapes.ts).
   */
  | { type: 'messages'; messages: MessageTable; numbers: NumberShapes | null }
  | { type: 'settings'; density: Settings['density']; enabled: boolean }
  /** Part `part` of `parts` of index `version`; the first part carries everything but the links and facts. */
  | {
      type: 'index';
      version: number;
      part: number;
      parts: number;
      head: IndexHead | null;
      links: IndexLink[];
      facts: IndexFacts[];
    }
  /** Facts the tracker just answered for items of the tab's site, fetched by this tab or another. */
  | { type: 'facts'; facts: IndexFacts[] }
  | { type: 'refused'; reason: string }
  /** The answer to the tab's request `id`. */
  | { type: 'reply'; id: number; reply: Reply<unknown> };

/** A request the tab sends on the port; `request` is parsed by the router like any message. */
export interface PortRequest {
  type: 'request';
  id: number;
  request: unknown;
}

/** A request from the tab by its envelope, or null for anything else posted on the port. */
export function parsePortRequest(message: unknown): PortRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const value = message as Record<string, unknown>;
  return value.type === 'request' && Number.isSafeInteger(value.id) && 'request' in value
    ? { type: 'request', id: value.id as number, request: value.request }
    : null;
}

export function overlayPortName(tracker: Tracker): string {
  return `${PORT_PREFIX}${tracker}`;
}

/** The tracker a port was opened for, or null for a port that is not an overlay's. */
export function trackerOfPortName(name: string): Tracker | null {
  if (!name.startsWith(PORT_PREFIX)) return null;
  const tracker = name.slice(PORT_PREFIX.length);
  return isTracker(tracker) ? tracker : null;
}

/** Index `version` as the messages that carry it. */
export function indexMessages(index: SiteIndex, version: number): OverlayMessage[] {
  const { links, facts, ...head } = index;
  const parts = Math.max(1, Math.ceil(Math.max(links.length, facts.length) / INDEX_RECORDS_PER_PART));
  const slice = <T>(records: T[], part: number) =>
    records.slice(part * INDEX_RECORDS_PER_PART, (part + 1) * INDEX_RECORDS_PER_PART);
  return Array.from({ length: parts }, (_, part) => ({
    type: 'index',
    version,
    part,
    parts,
    head: part === 0 ? head : null,
    links: slice(links, part),
    facts: slice(facts, part),
  }));
}

/**
 * A message from the background, by shape. Only this extension can post on
 * the port, so a small guard does instead of a schema library in every
 * tracker page (DESIGN.md's 25 KB budget); the background builds the index
 * from records it validated when they were stored.
 */
export function parseOverlayMessage(message: unknown): OverlayMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const value = message as Record<string, unknown>;
  if (value.type === 'settings')
    return (value.density === 'compact' || value.density === 'full') && typeof value.enabled === 'boolean'
      ? (value as OverlayMessage)
      : null;
  if (value.type === 'messages')
    return typeof value.messages === 'object' &&
      value.messages !== null &&
      !Array.isArray(value.messages) &&
      (value.numbers === null || isNumberShapes(value.numbers))
      ? (value as OverlayMessage)
      : null;
  if (value.type === 'refused') return typeof value.reason === 'string' ? (value as OverlayMessage) : null;
  if (value.type === 'facts') return Array.isArray(value.facts) ? (value as OverlayMessage) : null;
  if (value.type === 'reply')
    return Number.isSafeInteger(value.id) && isReply(value.reply) ? (value as OverlayMessage) : null;
  if (value.type !== 'index') return null;
  const { version, part, parts, head, links, facts } = value;
  const counts = [version, part, parts].every(Number.isSafeInteger) && (part as number) < (parts as number);
  const headOk = part === 0 ? isHead(head) : head === null;
  return counts && headOk && Array.isArray(links) && Array.isArray(facts) ? (value as OverlayMessage) : null;
}

function isHead(value: unknown): value is IndexHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return (
    typeof head.tracker === 'string' &&
    isTracker(head.tracker) &&
    typeof head.pageUrl === 'string' &&
    Array.isArray(head.rules) &&
    Array.isArray(head.keyPatterns) &&
    Array.isArray(head.exclusions) &&
    Array.isArray(head.notInherited) &&
    typeof head.objectives === 'object' &&
    head.objectives !== null &&
    typeof head.strategy === 'boolean'
  );
}
