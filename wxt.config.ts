import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CLOUD_HOST_PATTERNS } from './lib/trackers/hosts';

// The e2e build also holds the fixture hosts that stand in for self-hosted
// trackers and a non-tracker site: headless Chromium never answers a
// permission prompt, and a host listed here is granted without one.
const E2E_HOSTS = ['https://jira.example.test/*', 'https://not-a-tracker.example/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: mode === 'e2e' ? [...CLOUD_HOST_PATTERNS, ...E2E_HOSTS] : [...CLOUD_HOST_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: { id: 'throughline@throughline.app', strict_min_version: '115.0' },
    },
  }),
});
