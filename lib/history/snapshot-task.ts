import type { AlarmTask } from '../alarms/dispatcher';
import type { ThroughlineDatabase } from '../db/database';
import { takeSnapshot } from './take-snapshot';

export const SNAPSHOT_ALARM = 'throughline:snapshot';

/** Hourly, so that the day's snapshot is the last state of the day the browser saw. */
export function snapshotTask(db: ThroughlineDatabase, now: () => Date): AlarmTask {
  return { name: SNAPSHOT_ALARM, periodInMinutes: 60, run: () => takeSnapshot(db, now()) };
}
