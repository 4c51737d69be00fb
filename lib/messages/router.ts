import type { Runtime } from 'webextension-polyfill';
import { describeStorageError, isQuotaError } from '../db/storage-error';
import { t } from '../i18n/catalogue';
import { formatIssues } from '../model/parse-pack';
import { CONTENT_SCRIPT_REQUESTS, type Reply, type Request, RequestSchema, type RequestType } from './protocol';
import type { ResponseMap } from './responses';
import { UserError } from './user-error';

/** Who asked: an extension page, or a content script on the page at `url`, in that tab's frame (when the sender says). */
export type Asker = { kind: 'page' } | { kind: 'content-script'; url: string; frame?: TabFrame };

export interface TabFrame {
  tabId: number;
  frameId: number;
}

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>, asker: Asker) => Promise<ResponseMap[K]>;
};

export interface SenderPolicy {
  runtimeId: string;
  /** `chrome-extension://<id>` (or `moz-extension://<uuid>`), without a trailing slash. */
  extensionOrigin: string;
  /** Whether a content script on this page is ours to answer: a cloud tracker or a site the user added. */
  isTrackerPage(url: string): boolean | Promise<boolean>;
}

type Sender = Pick<Runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'>;

/**
 * Turns the handlers into one message listener. Every message is parsed;
 * anything unexpected is answered with a readable `{ ok: false, error }` and
 * never thrown, so no sender sees an exception.
 */
export function createRouter(handlers: Handlers, policy: SenderPolicy) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown>> => {
    const refusal = await senderRefusal(message, sender, policy);
    if (refusal) return { ok: false, error: refusal };
    // No User Timing entries here: the worker lives for hours, and entries nobody clears pile up (issue 10).
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: t('router_malformed', describe(message, parsed.error)) };
    const request = parsed.data;
    const asker: Asker = isContentScript(sender, policy) ? contentScriptAsker(sender) : { kind: 'page' };
    if (asker.kind === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type))
      return { ok: false, error: t('router_pagesOnly', request.type) };
    try {
      const handler = handlers[request.type] as (request: Request, asker: Asker) => Promise<unknown>;
      const data = await handler(request, asker);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, error: error.message, ...error.detail };
      if (isQuotaError(error)) return { ok: false, error: describeStorageError(error) };
      console.error('Throughline: request failed', request.type, error);
      return {
        ok: false,
        error: t('router_failed', request.type, String((error as Error)?.message ?? error)),
      };
    }
  };
}

function contentScriptAsker(sender: Sender): Asker {
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  return tabId === undefined
    ? { kind: 'content-script', url }
    : { kind: 'content-script', url, frame: { tabId, frameId: sender.frameId ?? 0 } };
}

function isContentScript(sender: Sender, policy: SenderPolicy): boolean {
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(`${policy.extensionOrigin}/`);
}

async function senderRefusal(message: unknown, sender: Sender, policy: SenderPolicy): Promise<string | null> {
  if (sender.id !== policy.runtimeId) return t('router_notFromUs');
  const url = sender.url ?? '';
  if (url.startsWith(`${policy.extensionOrigin}/`)) return null;
  if (!isContentScript(sender, policy)) return t('router_unknownSender');
  if (await policy.isTrackerPage(url)) return null;
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const origin = originOf(url);
  return typeof type === 'string'
    ? t('router_notTrackerOf', type.slice(0, 40), origin)
    : t('router_notTracker', origin);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return t('router_thisPage');
  }
}

function describe(message: unknown, error: Parameters<typeof formatIssues>[0]): string {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return t('router_notAnObject');
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string') return t('router_noType');
  if (!RequestSchema.options.some((option) => option.shape.type.value === type))
    return t('router_unknownType', type.slice(0, 40));
  return formatIssues(error).join('; ');
}
