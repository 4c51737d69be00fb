import { t } from './catalogue';

/**
 * Marks a page with the language its words are in: the catalogue's, which
 * the browser picked (English when it has none of the reader's), so that
 * screen readers pronounce it and hyphenation follows it.
 */
export function markPageLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = t('catalogueLanguage');
}
