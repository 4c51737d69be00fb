import { browser } from 'wxt/browser';
import { replySender } from './reply-sender';

export { failureOf, type RequestOf } from './reply-sender';

/** Sends one request to the background from an extension page; never throws (see reply-sender.ts). */
export const send = replySender(() => browser.runtime);
