/**
 * The background's clock. Tests of the e2e build move it (snapshots are
 * taken per day, and a test cannot wait for days); in every other build it
 * is the system clock and nothing can change it.
 */
let offsetMs = 0;

export function backgroundNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** e2e build only: makes `backgroundNow()` answer `iso` from now on (and move on from there). */
export function setBackgroundNow(iso: string): void {
  if (import.meta.env.MODE !== 'e2e') return;
  offsetMs = Date.parse(iso) - Date.now();
}
