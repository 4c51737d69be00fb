import { browser } from 'wxt/browser';
import { shapedWhole } from '../format/number-shapes';
import { fillIn, installedMessages } from './message-table';

/**
 * The one message catalogue: `public/_locales/<lang>/messages.json`, read
 * through the browser's own `i18n` API, which every context has (content
 * scripts included) and which picks the language. Only the type of the
 * English file is imported, so no page or content script bundles the text.
 */
type Catalogue = typeof import('../../public/_locales/en/messages.json');

export type MessageKey = keyof Catalogue;

/** A value put into a message; numbers are written in the reader's locale. */
export type Substitution = string | number;

let numbers: Intl.NumberFormat | undefined;

/** A substitution as it goes into a message. */
export function written(value: Substitution): string {
  if (typeof value === 'string') return value;
  const shaped = shapedWhole(value);
  if (shaped !== null) return shaped;
  numbers ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  return numbers.format(value);
}

/**
 * The message in the reader's language, its `$1`…`$9` placeholders filled
 * in order. A missing message comes back as its key, so a gap shows on screen
 * (and in the pseudo-locale test) rather than as nothing.
 */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookUp(key, substitutions) || key;
}

/**
 * The message, or `''` when the catalogue lacks it (plural forms a language
 * does not need). Outside an extension (the end-to-end tests reuse the
 * resolver in Node) there is no catalogue, and keys stand in for the words.
 */
export function lookUp(key: string, substitutions: readonly Substitution[]): string {
  // In a tracker tab, the catalogue its port brought (message-table.ts); the browser's everywhere else.
  const values = substitutions.map(written);
  const table = installedMessages();
  if (table) {
    const message = table.get(key);
    return message === undefined ? '' : fillIn(message, values);
  }
  return browser?.i18n?.getMessage(key, values) ?? '';
}

/**
 * A table of labels, one message each, read from the catalogue when a label
 * is shown rather than when its module loads (the language can change, and
 * tests swap the catalogue).
 */
export function labelsOf<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[])
    Object.defineProperty(labels, name, { enumerable: true, get: () => t(keys[name]) });
  return labels;
}
