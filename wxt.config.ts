import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { onePagePerBuild, pageChunkGroups } from './build/page-builds';
import { PACK_SCHEMA_FILE_IN_BUILD } from './lib/model/pack-schema-address';
import { CLOUD_HOST_PATTERNS } from './lib/trackers/hosts';

// The e2e build also holds the fixture hosts that stand in for self-hosted
// trackers, a non-tracker site and a published pack: headless Chromium never
// answers a permission prompt, and a host listed here is granted without one.
const E2E_HOSTS = [
  'https://jira.example.test/*',
  'https://tfs.example.test/*',
  'https://not-a-tracker.example/*',
  'https://packs.example.test/*',
];

/** The pack's JSON Schema ships in every build and zip, at the path its `$id` names. */
const PACK_SCHEMA_FILE = fileURLToPath(new URL('./lib/model/pack.schema.json', import.meta.url));

/** Self-hosted trackers (Jira Data Center, Azure DevOps Server) are granted one origin at a time, when added. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => {
      groups.splice(0, groups.length, ...onePagePerBuild(groups));
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: PACK_SCHEMA_FILE, relativeDest: PACK_SCHEMA_FILE_IN_BUILD });
    },
    // Content scripts use only runtime messaging, which every browser's own API does with promises; the
    // polyfill would cost each of them 3 KB of their 25 KB budget (DESIGN.md). The overlay's parts (unlisted
    // scripts injected into the same world, lib/overlay/overlay-parts.ts) call no extension API. Extension
    // pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      // A page's build: what it loads at once in one file.
      if (entrypoints.some((entrypoint) => entrypoint.inputPath.endsWith('.html'))) {
        config.build ??= {};
        config.build.rollupOptions ??= {};
        const rollup = config.build.rollupOptions;
        rollup.output = { ...rollup.output, codeSplitting: { groups: pageChunkGroups() } } as typeof rollup.output;
      }
      const inTabs = (type: string) => type === 'content-script' || type === 'unlisted-script';
      if (!entrypoints.every((entrypoint) => inTabs(entrypoint.type))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((entry) => entry.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
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
    // alarms: the hourly pack refresh and alignment snapshot, the daily backup. Nothing uses extension storage:
    // the data is in IndexedDB.
    permissions: ['scripting', 'activeTab', 'alarms'],
    host_permissions: mode === 'e2e' ? [...CLOUD_HOST_PATTERNS, ...E2E_HOSTS] : [...CLOUD_HOST_PATTERNS],
    optional_host_permissions: OPTIONAL_HOSTS,
    browser_specific_settings: {
      // 140 and 142 are the first Firefox versions that read data_collection_permissions (ESR 140 is one).
      gecko: {
        id: 'throughline@throughline.app',
        strict_min_version: '140.0',
        // Nothing leaves the browser unless the user exports or publishes a pack: no data is collected.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
