import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';

/**
 * Messages the background and the popup send to content scripts. Only this
 * extension's own contexts can message a content script, so the content
 * script checks their shape with a small guard instead of bundling a schema
 * library into every tracker page (DESIGN.md's 25 KB budget); what content
 * scripts send is parsed with Zod in the background.
 */
export type ChangedNotice = { type: 'throughline:changed'; what: 'links' | 'catalogue' | 'settings' | 'facts' };
export type PageItemsRequest = { type: 'throughline:page-items' };
/** The overlay's own work since the last such request (the benchmark asks; see lib/overlay/work-timer.ts). */
export type WorkRequest = { type: 'throughline:work' };
export type ContentInbound = ChangedNotice | PageItemsRequest | WorkRequest;

const CHANGED_WHAT: ReadonlySet<unknown> = new Set(['links', 'catalogue', 'settings', 'facts']);

export function parseContentInbound(message: unknown): ContentInbound | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, what, ...rest } = message as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if ((type === 'throughline:page-items' || type === 'throughline:work') && what === undefined) return { type };
  if (type === 'throughline:changed' && CHANGED_WHAT.has(what)) return { type, what: what as ChangedNotice['what'] };
  return null;
}

/** What a content script reports about its page to the popup. */
export interface PageItem {
  id: string;
  kind: string;
  title?: string;
  url?: string;
  /** Whether the page's summary counts it (an entry of a board or list, not the open item's own view). */
  listed: boolean;
  state: 'aligned' | 'unaligned' | 'pending';
  /** The objectives it serves and why, as its chips show them; absent while pending. */
  alignments?: readonly ItemAlignment[];
}
export interface PageItemsReply {
  tracker: string;
  site: string;
  views: string[];
  items: PageItem[];
  /** Each objective the items' alignments name, as the chips show it. */
  objectives: Record<string, ObjectiveSummary>;
}
