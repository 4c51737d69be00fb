// @vitest-environment happy-dom
// A file of its own, in a worker's fresh module graph (vitest.config.ts): it counts the formats a new tab makes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatPercent } from '../../../lib/format/values';
import { t } from '../../../lib/i18n/catalogue';
import { warmUp } from '../../../lib/overlay/warm-up';

/** A `soon` that keeps its tasks until the test runs them, each queued batch one task. */
function taskQueue() {
  let queued: (() => void)[] = [];
  return {
    soon: (fn: () => void) => {
      queued.push(fn);
    },
    /** Runs the next task: everything queued until now. */
    runTask(): void {
      const task = queued;
      queued = [];
      for (const fn of task)
        try {
          fn();
        } catch {
          // As the overlay's timers do: one task's error is the task's alone.
        }
    },
    get pending(): number {
      return queued.length;
    },
  };
}

describe('warmUp', () => {
  const RealNumberFormat = Intl.NumberFormat;
  afterEach(() => {
    Intl.NumberFormat = RealNumberFormat;
    vi.restoreAllMocks();
  });

  it('runs the first step at once and each next one in a task of its own, in order, each timed as our work', () => {
    const tasks = taskQueue();
    const ran: string[] = [];
    const run = vi.fn((step: () => void) => step());
    warmUp(tasks.soon, run, [() => ran.push('a'), () => ran.push('b'), () => ran.push('c')]);
    expect(ran).toEqual(['a']);
    tasks.runTask();
    expect(ran).toEqual(['a', 'b']);
    tasks.runTask();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(tasks.pending).toBe(0);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('goes on past a step that throws', () => {
    const tasks = taskQueue();
    const ran: string[] = [];
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const start = () =>
      warmUp(tasks.soon, (step) => step(), [
        () => {
          throw new Error('extension context invalidated');
        },
        () => ran.push('b'),
      ]);
    expect(start).not.toThrow();
    tasks.runTask();
    expect(ran).toEqual(['b']);
  });

  it('makes the number formats a chip uses, a step each, and never asks the browser for the catalogue', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    let formatsMade = 0;
    Intl.NumberFormat = class extends RealNumberFormat {
      constructor(...args: ConstructorParameters<typeof RealNumberFormat>) {
        super(...args);
        formatsMade++;
      }
    } as typeof Intl.NumberFormat;
    const tasks = taskQueue();
    warmUp(tasks.soon, (step) => step());
    expect(formatsMade).toBe(1);
    tasks.runTask();
    expect(formatsMade).toBe(2);
    expect(tasks.pending).toBe(0);
    // The catalogue comes over the port (message-table.ts): fetched here, it would block the page on the browser.
    expect(getMessage).not.toHaveBeenCalled();
    // A chip rendered afterwards makes no format of its own.
    expect(formatPercent(0.45)).toBe('45%');
    expect(t('objectiveWording_meanOfBenefitTargets', 3)).toContain('3');
    expect(formatsMade).toBe(2);
  });
});
