import type { Runtime } from 'webextension-polyfill';
import { t } from '../i18n/catalogue';
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
      return { ok: false, error: t('replySender_throughlineDidNotAnswerReload') };
    } catch (error) {
      return { ok: false, error: failureOf(request.type, (error as Error)?.message ?? String(error)) };
    }
  };
}

/** Requests that only read: when their answer is lost, nothing can have changed. */
const READS: ReadonlySet<RequestType> = new Set([
  'ping',
  'annotate',
  'listObjectives',
  'previewImport',
  'exportPack',
  'getSettings',
  'summarizeWork',
  'unalignedPage',
  'objectivesWithWork',
  'catalogueView',
  'firstLinkRows',
]);

/**
 * Why a request got no answer, said honestly: a request that never reached
 * the background changed nothing, while one whose answer was lost on the way
 * back (the service worker stopped while working) may or may not have
 * finished, and the user must look before trying again.
 */
export function failureOf(type: RequestType, message: string): string {
  const delivered = !/Could not establish connection|Receiving end does not exist|Extension context invalidated/i.test(
    message,
  );
  if (!delivered || READS.has(type)) return t('replySender_throughlineIsNotReachable', message);
  const what = type === 'importPack' ? t('replySender_theImport') : `"${type}"`;
  return t('replySender_throughlineCouldNotConfirmThe', what);
}

/** Whether a value has the shape of a reply: what the background answers, checked before it is believed. */
export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; error?: unknown };
  return reply.ok === true || (reply.ok === false && typeof reply.error === 'string');
}
