import type { Alarms } from 'webextension-polyfill';

/** Work the background does on a schedule: one named alarm, its period, and what to do when it fires. */
export interface AlarmTask {
  name: string;
  periodInMinutes: number;
  run(): Promise<unknown>;
}

type AlarmsApi = Pick<Alarms.Static, 'get' | 'create' | 'onAlarm'>;

/**
 * The one `onAlarm` listener of the extension: it hands each alarm to the
 * task of that name. The listener is added at once, as a stopped service
 * worker is woken by the alarm and must find it on its first turn; each
 * alarm is created only when missing or when its period changed, since
 * creating it again would push its next firing back.
 */
export function startAlarms(alarms: AlarmsApi, tasks: readonly AlarmTask[]): Promise<void> {
  const byName = new Map(tasks.map((task) => [task.name, task]));
  alarms.onAlarm.addListener((alarm) => {
    const task = byName.get(alarm.name);
    if (!task) return;
    task.run().catch((error: unknown) => console.error(`Throughline: alarm "${alarm.name}" failed`, error));
  });
  return Promise.all(
    tasks.map(async (task) => {
      const existing = await alarms.get(task.name);
      if (existing?.periodInMinutes !== task.periodInMinutes)
        await alarms.create(task.name, { periodInMinutes: task.periodInMinutes, delayInMinutes: task.periodInMinutes });
    }),
  ).then(() => undefined);
}
