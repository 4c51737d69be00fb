import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, usePseudoLocale } from './i18n/catalogue-stub';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n: every test reads the English catalogue as the browser would.
  usePseudoLocale(false);
  fakeBrowser.i18n.getMessage = getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
