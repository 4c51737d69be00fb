/**
 * The message catalogue as a tab receives it over its overlay port, so that
 * no tracker page waits on the browser for it: a content script's first
 * `i18n.getMessage` has the browser process hand over the whole catalogue,
 * synchronously (13–39 ms while a 2,000-card board loads, once 119 ms). The
 * background reads it once and sends it before a tab's first settings.
 * Each message is kept as the browser wrote it with a marker in place of
 * each substitution: the browser has already filled its named placeholders.
 */
export type MessageTable = Readonly<Record<string, string>>;

/** Private-use characters, one per substitution `$1`…`$9`: no message holds them. */
const FIRST_MARKER = 0xe001;
export const SUBSTITUTION_MARKERS: readonly string[] = Array.from({ length: 9 }, (_, index) =>
  String.fromCharCode(FIRST_MARKER + index),
);
const MARKER = /[\uE001-\uE009]/g;

/** Every message of `keys` the browser has, substitutions marked; a key it lacks is left out. */
export function buildMessageTable(
  keys: Iterable<string>,
  getMessage: (key: string, substitutions: string[]) => string,
): MessageTable {
  const table: Record<string, string> = {};
  for (const key of keys) {
    const message = getMessage(key, [...SUBSTITUTION_MARKERS]);
    if (message !== '') table[key] = message;
  }
  return table;
}

/** A message from the table with its substitutions put in; one not given is left empty, as the browser does. */
export function fillIn(message: string, substitutions: readonly string[]): string {
  return message.replace(MARKER, (marker) => substitutions[marker.charCodeAt(0) - FIRST_MARKER] ?? '');
}

/** Shared with the overlay's parts, injected into the same isolated world, as their registry is (overlay-parts.ts). */
const INSTALLED = Symbol.for('throughline.messages');

type Scope = { [INSTALLED]?: ReadonlyMap<string, string> };

/** Makes the table the catalogue of this world: from now on it answers every lookup, a message it lacks as ''. */
export function installMessageTable(table: MessageTable): void {
  const messages = new Map<string, string>();
  for (const [key, message] of Object.entries(table)) if (typeof message === 'string') messages.set(key, message);
  (globalThis as Scope)[INSTALLED] = messages;
}

/** The table installed in this world, if any. */
export function installedMessages(): ReadonlyMap<string, string> | undefined {
  return (globalThis as Scope)[INSTALLED];
}

/** Forgets the installed table (tests). */
export function uninstallMessageTable(): void {
  delete (globalThis as Scope)[INSTALLED];
}
