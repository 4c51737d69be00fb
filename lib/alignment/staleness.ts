const DAY_MS = 86_400_000;

/**
 * Whole days between a check-in and `now`. A check-in dated in the future
 * (a clock or typing mistake) counts as fresh rather than as negative age.
 */
export function checkInAgeDays(at: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / DAY_MS));
}

/** A check-in is stale once it is older than the threshold, not on the day it reaches it. */
export function isStale(ageDays: number, thresholdDays: number): boolean {
  return ageDays > thresholdDays;
}
