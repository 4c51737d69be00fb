import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { CLOUD_HOST_PATTERNS } from './lib/trackers/hosts';

// The e2e build also holds the fixture hosts that stand in for self-hosted
// trackers and a non-tracker site: headless Chromium never answers a
// permission prompt, and a host listed here is granted without one.
const E2E_HOSTS = ['https://jira.example.test/*', 'https://not-a-tracker.example/*'];

/**
 * Content scripts use the browser's own promise-based API (Chromium MV3's
 * `chrome`, Firefox's `browser`) rather than the polyfill the extension
 * pages get through @wxt-dev/webextension-polyfill: in a tracker page the
 * polyfill would take an eighth of the 25 KB budget (DESIGN.md).
 */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

function withNativeBrowser(alias: AliasOptions | undefined): AliasOptions {
  const rest = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  return [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...rest];
}

/** Self-hosted trackers (Jira Data Center, Azure DevOps Server) are granted one origin at a time, when added. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = { ...config.resolve, alias: withNativeBrowser(config.resolve?.alias) };
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT names the toolbar button after the popup's <title>; the manifest's strings come from _locales.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
      // Manifest V2 (Firefox) has no optional_host_permissions: self-hosted sites are optional permissions there.
      if (manifest.manifest_version === 2)
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...OPTIONAL_HOSTS];
    },
  },
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: mode === 'e2e' ? [...CLOUD_HOST_PATTERNS, ...E2E_HOSTS] : [...CLOUD_HOST_PATTERNS],
    optional_host_permissions: OPTIONAL_HOSTS,
    browser_specific_settings: {
      gecko: { id: 'throughline@throughline.app', strict_min_version: '115.0' },
    },
  }),
});
