import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { SEEN_WRITE_QUIET_MS } from '../../lib/db/seen-writer';

/** Clock ticks a second, the unit of /proc's CPU times. */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Proc {
  pid: number;
  parent: number;
  /** CPU time it and its threads have used, ms. */
  cpu: number;
}

function procs(): Proc[] | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  return pids.flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command's name, in brackets, may hold spaces: the fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [
        {
          pid: Number(pid),
          parent: Number(fields[1]),
          cpu: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS,
        },
      ];
    } catch {
      return [];
    }
  });
}

/**
 * CPU time, ms, used so far by each process of the browser whose profile is
 * `profileDir` (the process whose command line names it, and every process
 * under it), by pid; null where there is no /proc to read it from.
 */
export function browserCpuByProcess(profileDir: string): Map<number, number> | null {
  const all = procs();
  if (!all) return null;
  const ours = new Set<number>();
  for (const proc of all) {
    try {
      if (readFileSync(`/proc/${proc.pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`))
        ours.add(proc.pid);
    } catch {}
  }
  // Children are listed after their parents only by chance: go round until no process is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of all)
      if (!ours.has(proc.pid) && ours.has(proc.parent)) {
        ours.add(proc.pid);
        grew = true;
      }
  }
  return new Map(all.filter((proc) => ours.has(proc.pid)).map((proc) => [proc.pid, proc.cpu]));
}

/**
 * CPU time, ms, the processes of `after` used since `before`. A process that
 * exited in between takes its time with it: counted as nothing, not as time
 * given back. Summed whole, a closed tab's renderer (2.6-5.4 s of a big
 * board's load) made the next window negative, so "quiet" at once, while
 * the background began to store that board's items (1-3.5 s of both cores)
 * in the next board's load.
 */
export function cpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let used = 0;
  for (const [pid, cpu] of after) used += Math.max(0, cpu - (before.get(pid) ?? 0));
  return used;
}

/** How the wait for a quiet browser went: how long it took, and whether it came within the time allowed. */
export interface Quiet {
  waited: number;
  quiet: boolean;
}

/**
 * How long the browser must be quiet: longer than the background waits
 * before it stores what a tab handed over, so that the write shows within it.
 */
const QUIET_WINDOW_MS = SEEN_WRITE_QUIET_MS + 500;

/**
 * Waits until the browser has used less than `share` of one core over
 * `window` ms: what an earlier step left it doing (the background storing
 * the last board's items, a closed tab's teardown) is done before the next
 * step is timed. Where CPU time cannot be read, waits `window` once.
 */
export async function untilQuiet(
  profileDir: string,
  { window = QUIET_WINDOW_MS, share = 0.1, within = 30_000 }: { window?: number; share?: number; within?: number } = {},
): Promise<Quiet> {
  const began = Date.now();
  let before = browserCpuByProcess(profileDir);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, window));
    const now = browserCpuByProcess(profileDir);
    if (now === null || before === null) return { waited: Date.now() - began, quiet: true };
    if (cpuBetween(before, now) < window * share) return { waited: Date.now() - began, quiet: true };
    if (Date.now() - began >= within) return { waited: Date.now() - began, quiet: false };
    before = now;
  }
}
