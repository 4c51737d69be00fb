import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { createDatabase } from '../db/database';
import { warmAnnotations } from '../db/snapshot-cache';
import { takeSnapshot, takeSnapshotIfMissing } from '../history/take-snapshot';
import { keepSiteScriptsRegistered } from '../sites/registration';
import { isCloudTrackerUrl } from '../trackers/hosts';
import { dispatchAlarm, onAlarm } from './alarms';
import { backgroundNow, setBackgroundNow } from './clock';
import { createHandlers } from './handlers';
import type { ChangedNotice } from './notices';
import { createRouter } from './router';

export const SNAPSHOT_ALARM = 'throughline:snapshot';

/** Wires the database, the request router, change notices and periodic jobs into the service worker. */
export function startBackground(): void {
  const db = createDatabase();
  const router = createRouter(
    createHandlers({
      db,
      notify: (what) => {
        // Rebuild the in-memory lookup now rather than on the next board's first request.
        if (what !== 'settings') void warmAnnotations(db);
        void broadcast({ type: 'throughline:changed', what });
      },
      now: backgroundNow,
      version: browser.runtime.getManifest().version,
      openTab: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
      },
    }),
    {
      runtimeId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
      isTrackerPage: async (url) => isCloudTrackerUrl(url) || (await isAddedSite(url)),
    },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => router(message, sender));
  void warmAnnotations(db);
  keepSiteScriptsRegistered(db);
  // Hourly, so the day's snapshot is the last state of the day the browser saw; on a start, at once if the
  // day has none yet (after the lookup is warm, which the pages are waiting for).
  onAlarm(SNAPSHOT_ALARM, 60, () => takeSnapshot(db, backgroundNow()).then(() => {}));
  void warmAnnotations(db).then(() => takeSnapshotIfMissing(db, backgroundNow()));
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, {
      throughlineTest: {
        setNow: setBackgroundNow,
        fireAlarm: (name: string) => dispatchAlarm({ name, scheduledTime: Date.now() }),
      },
    });

  async function isAddedSite(url: string): Promise<boolean> {
    try {
      return (await db.sites.get(new URL(url).origin)) !== undefined;
    } catch {
      return false;
    }
  }
}

/** Every tab may hold a tracker page, and extension pages listen too; most have no listener, which is fine. */
async function broadcast(notice: ChangedNotice): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage(notice),
    ...tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, notice)])),
  ]);
}
