import { browser } from 'wxt/browser';
import { buildMessageTable, type MessageTable } from './message-table';

type MessagesFile = '/_locales/en/messages.json';

/** The keys of one language's file, or none when the extension has no such language. */
async function keysOf(locale: string): Promise<string[]> {
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as MessagesFile));
    return response.ok ? Object.keys((await response.json()) as Record<string, unknown>) : [];
  } catch {
    return [];
  }
}

/**
 * The catalogue in the reader's language, for the overlay ports to hand to
 * tabs: every key of the default language's file and of the reader's own
 * (which may add plural forms English lacks), as the browser words it. Null
 * when no key could be read: the tabs then ask the browser themselves.
 */
export async function readMessageTable(): Promise<MessageTable | null> {
  const ui = browser.i18n.getUILanguage().replace('-', '_');
  const locales = new Set([browser.runtime.getManifest().default_locale ?? 'en', ui, ui.split('_')[0] ?? ui]);
  const keys = new Set((await Promise.all([...locales].map(keysOf))).flat());
  if (keys.size === 0) {
    console.error('Throughline: could not read the message catalogue for the tabs');
    return null;
  }
  return buildMessageTable(keys, (key, substitutions) => browser.i18n.getMessage(key, substitutions));
}
