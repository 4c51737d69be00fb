import { vi } from 'vitest';
import type { Permissions, Scripting } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ThroughlineDatabase } from '../../../lib/db/database';
import { createHandlers } from '../../../lib/messages/handlers';
import { createRouter } from '../../../lib/messages/router';
import type { SiteDeps } from '../../../lib/sites/site-deps';
import { giveBackSitePermission, requestSitePermission } from '../../../lib/sites/site-permission';

/**
 * The parts of the browser that fakeBrowser leaves unimplemented and sites
 * use: host permissions (with the user's answer to a prompt) and registered
 * content scripts, kept in memory and behaving as Chromium's do where it
 * matters (a duplicate id and removing a required host both throw).
 */
export interface FakeSiteBrowser {
  /** Granted match patterns. */
  granted: Set<string>;
  /** Patterns the manifest requires: never removable. */
  required: Set<string>;
  /** What the user answers when the browser asks. */
  userAllows: boolean;
  scripts: Map<string, Scripting.RegisteredContentScript>;
  /** Fires permissions.onAdded as the browser would after the user grants something elsewhere. */
  grantFromBrowserSettings(pattern: string): void;
}

export function fakeSiteBrowser(): FakeSiteBrowser {
  const added: ((permissions: Permissions.Permissions) => void)[] = [];
  const state: FakeSiteBrowser = {
    granted: new Set(),
    required: new Set(),
    userAllows: true,
    scripts: new Map(),
    grantFromBrowserSettings(pattern) {
      state.granted.add(pattern);
      for (const listener of added) listener({ origins: [pattern] });
    },
  };
  const { permissions, scripting } = fakeBrowser;
  vi.spyOn(permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (!state.userAllows) return false;
    const fresh = origins.filter((origin) => !state.granted.has(origin));
    for (const origin of origins) state.granted.add(origin);
    if (fresh.length > 0) for (const listener of added) listener({ origins: fresh });
    return true;
  });
  vi.spyOn(permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => state.granted.has(origin)),
  );
  vi.spyOn(permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    if (origins.some((origin) => state.required.has(origin)))
      throw new Error('You cannot remove required permissions.');
    for (const origin of origins) state.granted.delete(origin);
    return true;
  });
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation((listener) => void added.push(listener));
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts)
      if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
    for (const script of scripts) state.scripts.set(script.id, structuredClone(script));
  });
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...state.scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    const ids = filter?.ids ?? [...state.scripts.keys()];
    const missing = ids.find((id) => !state.scripts.has(id));
    if (missing) throw new Error(`Nonexistent script ID '${missing}'`);
    for (const id of ids) state.scripts.delete(id);
  });
  return state;
}

const EXTENSION_ORIGIN = 'chrome-extension://throughline-test';

/**
 * The Sites page's dependencies wired to the real background (router and
 * handlers over `db`), as if sent from the options page; `probe` is the test's.
 */
export function pageDeps(db: ThroughlineDatabase, probe: SiteDeps['probe'], now = new Date()): SiteDeps {
  const router = createRouter(createHandlers({ db, notify: () => {}, now: () => now, version: 'test' }), {
    runtimeId: 'throughline-test',
    extensionOrigin: EXTENSION_ORIGIN,
    isTrackerPage: () => false,
  });
  return {
    requestPermission: requestSitePermission,
    givePermissionBack: giveBackSitePermission,
    probe,
    send: (async (request: unknown) =>
      router(request, { id: 'throughline-test', url: `${EXTENSION_ORIGIN}/options.html` })) as SiteDeps['send'],
    isStored: async (origin) => (await db.sites.get(origin)) !== undefined,
  };
}
