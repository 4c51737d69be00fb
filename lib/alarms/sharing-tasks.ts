import { listBackups, takeBackup } from '../db/backups';
import { catalogueTables } from '../db/catalogue';
import type { ThroughlineDatabase } from '../db/database';
import type { ChangedNotice } from '../messages/notices';
import { refreshAll } from '../subscriptions/refresh';
import type { AlarmTask } from './dispatcher';

export const REFRESH_PACKS_ALARM = 'throughline:refresh-packs';
export const DAILY_BACKUP_ALARM = 'throughline:daily-backup';

const HOUR = 60;
const DAY = 24 * HOUR;

/** Subscribed packs, refreshed every hour with conditional requests. */
export function refreshPacksTask(
  db: ThroughlineDatabase,
  now: () => Date,
  notify: (what: ChangedNotice['what']) => void,
): AlarmTask {
  return {
    name: REFRESH_PACKS_ALARM,
    periodInMinutes: HOUR,
    run: async () => {
      const results = await refreshAll(db, now);
      if (results.some((result) => result.changed)) notify('catalogue');
    },
  };
}

/**
 * A backup a day, skipped when one was taken in the last 20 hours (a browser
 * restarted often fires it often) and while there is nothing to back up.
 */
export function dailyBackupTask(db: ThroughlineDatabase, now: () => Date): AlarmTask {
  return {
    name: DAILY_BACKUP_ALARM,
    periodInMinutes: DAY,
    run: async () => {
      const at = now();
      const [latest] = (await listBackups(db)).filter((backup) => backup.reason === 'daily');
      if (latest && at.getTime() - Date.parse(latest.takenAt) < 20 * 60 * 60 * 1000) return;
      const counts = await Promise.all([
        db.subscriptions.count(),
        ...catalogueTables(db).map((table) => table.count()),
      ]);
      if (counts.every((count) => count === 0)) return;
      await takeBackup(db, 'daily', at);
    },
  };
}
