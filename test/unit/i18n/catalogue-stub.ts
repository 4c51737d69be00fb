import english from '../../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = new Map(
  Object.entries(english as Record<string, Message>).map(([key, value]) => [key.toLowerCase(), value]),
);

// Accented look-alikes: the text stays readable while a string that skipped the catalogue stands out.
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
};

/** A pseudo-localized message: accented and bracketed, placeholders (`$NAME$`, `$1`) and `$$` left as they are. */
export function pseudoLocalize(message: string): string {
  const parts = message.split(/(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/);
  return `⟦${parts.map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter))).join('')}⟧`;
}

let pseudo = false;

/** Makes every message pseudo-localized (for the pseudo-locale test) or English again. */
export function usePseudoLocale(on: boolean): void {
  pseudo = on;
}

/**
 * What `browser.i18n.getMessage` answers in Chromium and Firefox: named
 * placeholders replaced by their content, then `$1`…`$9` by the
 * substitutions, `$$` by `$`; `''` for a message that does not exist.
 */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages.get(key.toLowerCase());
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const text = pseudo ? pseudoLocalize(entry.message) : entry.message;
  return text
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
    .replace(/\$(\d|\$)/g, (_whole, what: string) => (what === '$' ? '$' : (values[Number(what) - 1] ?? '')));
}
