import type { Alarms } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

export type AlarmHandler = (alarm: Alarms.Alarm) => Promise<void> | void;

/** Alarm name → what it does. Every periodic job registers here; one listener dispatches. */
const handlers = new Map<string, AlarmHandler>();
let listening = false;

/** Runs the handler registered for an alarm (tests fire alarms through this too); an unknown name does nothing. */
export async function dispatchAlarm(alarm: Alarms.Alarm): Promise<void> {
  try {
    await handlers.get(alarm.name)?.(alarm);
  } catch (error) {
    console.error(`Throughline: the "${alarm.name}" alarm failed`, error);
  }
}

/**
 * Registers a periodic job and schedules it unless it already is (alarms
 * outlive the service worker, and creating one again would restart its
 * period). Call while the service worker starts, so its listener is there
 * when a woken worker is handed the alarm.
 */
export function onAlarm(name: string, periodInMinutes: number, handler: AlarmHandler): void {
  handlers.set(name, handler);
  if (!listening) {
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => void dispatchAlarm(alarm));
  }
  void browser.alarms.get(name).then((existing) => {
    if (existing?.periodInMinutes !== periodInMinutes) void browser.alarms.create(name, { periodInMinutes });
  });
}
