import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { startAlarms } from '../alarms/dispatcher';
import { dailyBackupTask, refreshPacksTask } from '../alarms/sharing-tasks';
import { createDatabase } from '../db/database';
import { getSettings } from '../db/settings';
import { buildSiteIndex } from '../db/site-index';
import { warmAnnotations } from '../db/snapshot-cache';
import { readerNumberShapes } from '../format/read-number-shapes';
import { snapshotTask } from '../history/snapshot-task';
import { takeSnapshotIfMissing } from '../history/take-snapshot';
import { readMessageTable } from '../i18n/read-message-table';
import type { Tracker } from '../model/item-id';
import { keepSiteScriptsRegistered } from '../sites/registration';
import { cloudTrackerOf, isCloudTrackerUrl } from '../trackers/hosts';
import { backgroundNow, restoreBackgroundClock, setBackgroundNow } from './clock';
import { createHandlers } from './handlers';
import type { ChangedNotice } from './notices';
import { createOverlayPorts } from './overlay-ports';
import { createRouter } from './router';

/** Wires the database, the request router, change notices and periodic jobs into the service worker. */
export function startBackground(): void {
  const db = createDatabase();
  const now = backgroundNow;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // Read as the worker starts: the first tab to connect gets it with its first settings.
  const messages = readMessageTable();
  // Read while nothing waits on them (the catalogue's file is fetched first), rather than on a tab's first settings.
  void messages.then(readerNumberShapes);
  const overlayPorts = createOverlayPorts({
    runtimeId: browser.runtime.id,
    extensionOrigin,
    trackerOf: async (url) => cloudTrackerOf(url) ?? (await addedSiteTracker(url)),
    settings: () => getSettings(db),
    messages: () => messages,
    numbers: readerNumberShapes,
    buildIndex: (tracker, pageUrl, scope, settings) =>
      buildSiteIndex(db, tracker, pageUrl, scope, { now: now(), staleAfterDays: settings.staleAfterDays }),
    schedule: (fn, ms) => void setTimeout(fn, ms),
    // The router is made below: requests come only once a tab has connected, after this function returned.
    handle: (request, sender) => router(request, sender),
  });
  const notify = (what: ChangedNotice['what']) => {
    // Rebuild the in-memory lookup now rather than on the next board's first request.
    if (what !== 'settings') void warmAnnotations(db);
    overlayPorts.changed(what);
    void broadcast({ type: 'throughline:changed', what });
  };
  const tasks = [refreshPacksTask(db, now, notify), dailyBackupTask(db, now), snapshotTask(db, now)];
  void startAlarms(browser.alarms, tasks);
  const router = createRouter(
    createHandlers({
      db,
      notify,
      factsFetched: (facts, from) => overlayPorts.factsFetched(facts, from),
      now,
      version: browser.runtime.getManifest().version,
      openTab: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
      },
      injectScript: async ({ tabId, frameId }, file) => {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
      },
    }),
    {
      runtimeId: browser.runtime.id,
      extensionOrigin,
      isTrackerPage: async (url) => isCloudTrackerUrl(url) || (await isAddedSite(url)),
    },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => router(message, sender));
  browser.runtime.onConnect.addListener((port) => void overlayPorts.connect(port));
  keepSiteScriptsRegistered(db);
  // On a start, a snapshot at once if the day has none yet, after the lookup is warm (pages are waiting for it).
  const started = Promise.all([warmAnnotations(db), restoreBackgroundClock()]).then(() =>
    takeSnapshotIfMissing(db, now()),
  );
  // The e2e build lets tests move the clock, wait for the start to be done, and run a periodic job at once.
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, {
      throughlineTest: {
        started,
        setNow: setBackgroundNow,
        fireAlarm: (name: string) => tasks.find((task) => task.name === name)?.run(),
      },
    });

  async function isAddedSite(url: string): Promise<boolean> {
    return (await addedSiteTracker(url)) !== null;
  }

  async function addedSiteTracker(url: string): Promise<Tracker | null> {
    try {
      return (await db.sites.get(new URL(url).origin))?.tracker ?? null;
    } catch {
      return null;
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
