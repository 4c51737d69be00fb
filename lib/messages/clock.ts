/**
 * The background's clock. Tests of the e2e build move it (snapshots are
 * taken per day, and a test cannot wait for days); in every other build it
 * is the system clock and nothing can change it.
 */
let offsetMs = 0;

/**
 * Where the e2e build keeps a moved clock: the browser stops and restarts
 * an idle service worker whenever it likes, and a restarted worker must
 * still be on the test's day, or its start would take a snapshot of the
 * real one. A database of its own, apart from the user's data.
 */
const CLOCK_DB = 'throughline-test-clock';
const CLOCK_STORE = 'clock';
const OFFSET_KEY = 'offsetMs';

export function backgroundNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** e2e build only: makes `backgroundNow()` answer `iso` from now on (and move on from there), across restarts. */
export async function setBackgroundNow(iso: string): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  offsetMs = Date.parse(iso) - Date.now();
  await inClockStore('readwrite', (store) => store.put(offsetMs, OFFSET_KEY));
}

/** e2e build only: takes up the clock a test moved before the worker last stopped. */
export async function restoreBackgroundClock(): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  const stored = await inClockStore('readonly', (store) => store.get(OFFSET_KEY));
  if (typeof stored === 'number') offsetMs = stored;
}

function inClockStore(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(CLOCK_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(CLOCK_STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = act(open.result.transaction(CLOCK_STORE, mode).objectStore(CLOCK_STORE));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
    };
  });
}
