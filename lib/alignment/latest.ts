/**
 * The most recent of a list of dated records. `at` may be a date or a
 * timestamp with an offset, so they are compared as instants rather than as
 * strings; a date counts as its UTC midnight. Of equal instants the one
 * later in the list wins, as it was recorded last.
 */
export function latestMeasurement<T extends { at: string }>(records: readonly T[]): T | null {
  let latest: T | null = null;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    const time = Date.parse(record.at);
    if (time >= latestTime) {
      latest = record;
      latestTime = time;
    }
  }
  return latest;
}

/** The oldest of a list of dated records, compared as instants like `latestMeasurement`. */
export function earliestMeasurement<T extends { at: string }>(records: readonly T[]): T | null {
  let earliest: T | null = null;
  let earliestTime = Number.POSITIVE_INFINITY;
  for (const record of records) {
    const time = Date.parse(record.at);
    if (time < earliestTime) {
      earliest = record;
      earliestTime = time;
    }
  }
  return earliest;
}
