import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n/catalogue';
import { messageParts } from '../../../lib/i18n/message-parts';
import { markPageLanguage } from '../../../lib/i18n/page-language';
import { tPlural } from '../../../lib/i18n/plural';
import english from '../../../public/_locales/en/messages.json';

const ROOT = join(import.meta.dirname, '../../..');
const messages = english as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(tsx?|html)$/.test(name) ? [readFileSync(join(ROOT, path), 'utf8')] : [];
  });
}

describe('the message catalogue', () => {
  it('names every placeholder it uses, in order, and keeps Chromium’s key rules', () => {
    // Browsers look keys up ignoring case: two keys that differ only in case would be one message.
    const keys = Object.keys(messages).map((key) => key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const [key, { message, placeholders = {} }] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      const names = Object.keys(placeholders);
      expect(
        names.map((name) => placeholders[name]!.content),
        key,
      ).toEqual(names.map((_, index) => `$${index + 1}`));
      for (const [, name] of message.matchAll(/\$([A-Za-z0-9_@]+)\$/g))
        expect(names, key).toContain(name!.toLowerCase());
    }
  });

  it('has both English forms of every plural, and no message nothing uses', () => {
    const code = [
      ...sources('components'),
      ...sources('lib'),
      ...sources('entrypoints'),
      readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
    ].join('\n');
    for (const key of Object.keys(messages)) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (plural) expect(Object.keys(messages), key).toContain(`${plural[1]}_${plural[2] === 'one' ? 'other' : 'one'}`);
      const used =
        code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`) || (plural && code.includes(`'${plural[1]}'`));
      expect(used, `${key} is not used`).toBeTruthy();
    }
  });
});

describe('messages in use', () => {
  it('fills placeholders, writing numbers in the reader’s locale', () => {
    expect(t('toast_linkedTo', 'PAY-1', 'GROW-2')).toBe('Linked PAY-1 to GROW-2');
    expect(t('linksSection_removedLinks', 'x')).toBe('Removed x');
    expect(tPlural('linksSection_links', 1)).toBe('1 link');
    expect(tPlural('linksSection_links', 12_345)).toBe('12,345 links');
  });

  it('puts markup where a translation places it', () => {
    const bold = { bold: true };
    expect(messageParts('toast_linkedTo', bold, 'GROW-2')).toEqual(['Linked ', bold, ' to ', 'GROW-2']);
  });
});

describe('the page language', () => {
  it('is the language of the catalogue in use', () => {
    const root = { lang: '' } as HTMLElement;
    markPageLanguage(root);
    expect(root.lang).toBe('en');
  });
});
