import { lookUp, type MessageKey, type Substitution, t } from './catalogue';

/** Keys that come in plural forms: `<base>_one`, `<base>_other`, and any other category a language needs. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

let rules: Intl.PluralRules | undefined;

/**
 * The key of a message's form for a count, chosen by the reader's language
 * rules (`Intl.PluralRules`). English needs only `_one` and `_other`; a
 * language with more forms adds keys, and a form it lacks falls back to `_other`.
 */
export function pluralKey(base: PluralKey, count: number): MessageKey {
  rules ??= new Intl.PluralRules();
  const key = `${base}_${rules.select(count)}`;
  return (lookUp(key, []) ? key : `${base}_other`) as MessageKey;
}

/** The form of a message for a count, the count as its first placeholder. */
export function tPlural(base: PluralKey, count: number, ...more: Substitution[]): string {
  return t(pluralKey(base, count), count, ...more);
}
