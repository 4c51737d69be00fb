import type { Browser } from 'webextension-polyfill';

/**
 * The extension API in a tracker page, without the promise polyfill the
 * extension's own pages use: Chromium's MV3 `chrome` and Firefox's `browser`
 * both answer with promises for what the overlay calls (`connect`,
 * `sendMessage`), and the polyfill would cost an eighth of the content
 * script's 25 KB budget. Replies to the extension's messages go through
 * `sendResponse`, which both support.
 */
export function extensionRuntime(): Browser['runtime'] {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime) throw new Error('No extension API here');
  return api.runtime;
}
