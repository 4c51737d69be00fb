import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserCpuByProcess, cpuBetween, untilQuiet } from '../../bench/quiet';

const total = (profile: string) =>
  [...(browserCpuByProcess(profile)?.values() ?? [])].reduce((sum, cpu) => sum + cpu, 0);

/**
 * A stand-in for a browser: a process whose command line names a profile,
 * with a child that spins (the renderer still storing the last board's items)
 * or sleeps.
 */
function fakeBrowser(profile: string, child: 'spin' | 'sleep'): ChildProcess {
  const body = child === 'spin' ? 'for (;;) {}' : 'setTimeout(() => {}, 60000)';
  const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(body)}], { stdio: 'inherit' }); setTimeout(() => {}, 60000)`;
  return spawn(process.execPath, ['-e', parent, '--', `--user-data-dir=${profile}`], {
    stdio: 'ignore',
    detached: true,
  });
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const proc of started.splice(0)) if (proc.pid) process.kill(-proc.pid, 'SIGKILL');
});

describe('cpuBetween', () => {
  it('counts what each process used since, the processes started since whole, and an exited one as nothing', () => {
    const before = new Map([
      [10, 5000],
      [11, 100],
    ]);
    const after = new Map([
      [11, 300],
      [12, 50],
    ]);
    expect(cpuBetween(before, after)).toBe(250);
    expect(cpuBetween(after, after)).toBe(0);
  });
});

describe.runIf(existsSync('/proc/self/stat'))('browserCpuByProcess and untilQuiet', () => {
  it('count the CPU time of the process naming the profile and of its children, and no other', async () => {
    const profile = `/tmp/quiet-test-${process.pid}-spin`;
    expect(total(profile)).toBe(0);
    started.push(fakeBrowser(profile, 'spin'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = total(profile);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The spinning child alone uses a core, whatever else this machine runs: at least a fifth of it here.
    expect(total(profile) - before).toBeGreaterThan(100);
    expect(total(`${profile}-other`)).toBe(0);
  });

  it('wait while the browser is busy, and not once it is quiet', async () => {
    const busy = `/tmp/quiet-test-${process.pid}-busy`;
    const idle = `/tmp/quiet-test-${process.pid}-idle`;
    started.push(fakeBrowser(busy, 'spin'), fakeBrowser(idle, 'sleep'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await untilQuiet(busy, { window: 200, within: 600 })).toMatchObject({ quiet: false });
    const quiet = await untilQuiet(idle, { window: 200, within: 600 });
    expect(quiet).toMatchObject({ quiet: true });
    expect(quiet.waited).toBeLessThan(600);
  });
});
