import { describe, expect, it, vi } from 'vitest';
import { startAlarms } from '../../../lib/alarms/dispatcher';

type Listener = (alarm: { name: string }) => void;

function fakeAlarms(existing: Record<string, number> = {}) {
  const listeners: Listener[] = [];
  const created: { name: string; periodInMinutes?: number }[] = [];
  return {
    created,
    fire: (name: string) => {
      for (const listener of listeners) listener({ name });
    },
    api: {
      get: vi.fn(async (name: string) =>
        existing[name] === undefined ? undefined : { name, periodInMinutes: existing[name], scheduledTime: 0 },
      ),
      create: vi.fn(async (name: string, info: { periodInMinutes?: number }) => {
        created.push({ name, periodInMinutes: info.periodInMinutes });
      }),
      onAlarm: { addListener: (listener: Listener) => listeners.push(listener) },
    },
  };
}

describe('the alarm dispatcher', () => {
  it('hands each alarm to its task, and only to it', async () => {
    const alarms = fakeAlarms();
    const refresh = vi.fn(async () => {});
    const backup = vi.fn(async () => {});
    await startAlarms(alarms.api as never, [
      { name: 'refresh', periodInMinutes: 60, run: refresh },
      { name: 'backup', periodInMinutes: 1440, run: backup },
    ]);
    alarms.fire('refresh');
    alarms.fire('someone-else');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(backup).not.toHaveBeenCalled();
  });

  it('creates an alarm only when missing or when its period changed, so a restart does not postpone it', async () => {
    const alarms = fakeAlarms({ refresh: 60, backup: 720 });
    await startAlarms(alarms.api as never, [
      { name: 'refresh', periodInMinutes: 60, run: async () => {} },
      { name: 'backup', periodInMinutes: 1440, run: async () => {} },
      { name: 'history', periodInMinutes: 1440, run: async () => {} },
    ]);
    expect(alarms.created).toEqual([
      { name: 'backup', periodInMinutes: 1440 },
      { name: 'history', periodInMinutes: 1440 },
    ]);
  });

  it('keeps a failing task from breaking the others', async () => {
    const alarms = fakeAlarms();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn(async () => {});
    await startAlarms(alarms.api as never, [
      { name: 'broken', periodInMinutes: 1, run: async () => Promise.reject(new Error('boom')) },
      { name: 'after', periodInMinutes: 1, run: after },
    ]);
    alarms.fire('broken');
    alarms.fire('after');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(after).toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith('Throughline: alarm "broken" failed', expect.any(Error));
  });
});
