import { z } from 'zod/mini';

/**
 * Messages the background and the popup send to content scripts. Parsed with
 * `zod/mini` because this file is bundled into every content script.
 */
export const ChangedNoticeSchema = z.strictObject({
  type: z.literal('throughline:changed'),
  what: z.enum(['links', 'catalogue', 'settings']),
});
export type ChangedNotice = z.infer<typeof ChangedNoticeSchema>;

export const PageItemsRequestSchema = z.strictObject({ type: z.literal('throughline:page-items') });

export const ContentInboundSchema = z.discriminatedUnion('type', [ChangedNoticeSchema, PageItemsRequestSchema]);
export type ContentInbound = z.infer<typeof ContentInboundSchema>;

/** What a content script reports about its page to the popup. */
export interface PageItem {
  id: string;
  kind: string;
  title?: string;
  url?: string;
  state: 'aligned' | 'unaligned' | 'pending';
}
export interface PageItemsReply {
  tracker: string;
  site: string;
  views: string[];
  items: PageItem[];
}
