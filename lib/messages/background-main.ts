import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { startAlarms } from '../alarms/dispatcher';
import { dailyBackupTask, refreshPacksTask } from '../alarms/sharing-tasks';
import { createDatabase } from '../db/database';
import { warmAnnotations } from '../db/snapshot-cache';
import { keepSiteScriptsRegistered } from '../sites/registration';
import { isCloudTrackerUrl } from '../trackers/hosts';
import { createHandlers } from './handlers';
import type { ChangedNotice } from './notices';
import { createRouter } from './router';

/** Wires the database, the request router and change notices into the service worker. */
export function startBackground(): void {
  const db = createDatabase();
  const now = () => new Date();
  const notify = (what: ChangedNotice['what']) => {
    // Rebuild the in-memory lookup now rather than on the next board's first request.
    if (what !== 'settings') void warmAnnotations(db);
    void broadcast({ type: 'throughline:changed', what });
  };
  void startAlarms(browser.alarms, [refreshPacksTask(db, now, notify), dailyBackupTask(db, now)]);
  const router = createRouter(
    createHandlers({
      db,
      notify,
      now,
      version: browser.runtime.getManifest().version,
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
