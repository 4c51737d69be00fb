/**
 * The overlay's timers, all released at once when it stops (the extension
 * reloaded, the tracker turned off): nothing of ours keeps running in a page
 * we left. Created per content script, never per scheduled call, so a working
 * day of re-renders adds no listener anywhere.
 */
export interface Timers {
  timeout(fn: () => void, ms: number): void;
  /** Before the next frame; a hidden tab renders no frames, so after a short delay at the latest. */
  frame(fn: () => void): void;
  /** As the next task, without the 4 ms a nested `setTimeout(0)` waits: work continued after yielding to the page. */
  soon(fn: () => void): void;
  /**
   * As the next task, or as the next frame starts if that comes first: work
   * continued after yielding then lands in the frame that shows the page's
   * change, before its layout, not a frame later (on a board of 2,000 cards
   * the frame after 400 cards were replaced took 450 ms to lay out).
   * `atFrame`: whether it ran as the frame started.
   */
  soonOrFrame(fn: (atFrame: boolean) => void): void;
  /** When the page is idle; a page that never is (or a browser without idle callbacks) runs it within a second. */
  idle(fn: () => void): void;
  dispose(): void;
}

const FRAME_FALLBACK_MS = 100;
const IDLE_FALLBACK_MS = 1000;

/**
 * `timed` runs each task of queued work (work-timer.ts): several queued
 * together are one task to the page, and are timed as one piece.
 */
export function createTimers(
  win: Window & typeof globalThis = window,
  timed: (task: () => void) => void = (task) => task(),
): Timers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  let soonQueue: (() => void)[] = [];
  let channel: MessageChannel | null = null;
  let disposed = false;

  const timeout = (fn: () => void, ms: number) => {
    if (disposed) return;
    const id = win.setTimeout(() => {
      timeouts.delete(id);
      fn();
    }, ms);
    timeouts.add(id);
  };

  /**
   * The tasks queued soon, all in one task, timed as one piece: a slice of
   * work counts from the task's start, so a piece of page reading and a
   * slice of the summary search queued behind it share one slice, where each
   * took its own (40 ms tasks on a 20,000-card board). Not a task each
   * (tried): the browser may draw a frame between two, and after a column
   * of 400 cards is replaced that frame's layout comes before the rest of
   * their hosts. What is queued while they run waits for the next task.
   */
  const runQueued = () => {
    const queued = soonQueue;
    soonQueue = [];
    for (const task of queued) {
      if (disposed) return;
      // One task's error must not drop those queued with it: a lost continuation leaves the page half read.
      try {
        task();
      } catch (error) {
        console.debug('Throughline: overlay error', error);
      }
    }
  };

  const soon = (fn: () => void) => {
    if (disposed) return;
    if (!channel) {
      channel = new win.MessageChannel();
      channel.port1.onmessage = () => timed(runQueued);
    }
    soonQueue.push(fn);
    if (soonQueue.length === 1) channel.port2.postMessage(null);
  };

  /**
   * Runs `fn` once: as the next frame starts (told so), or when `otherwise`
   * (given the same run) calls it first. Whichever comes first lets go of
   * the other: the frame, and what `otherwise` answers to release.
   */
  const atFrameOr = (fn: (atFrame: boolean) => void, otherwise: (run: () => void) => () => void) => {
    if (disposed) return;
    let ran = false;
    let release = () => {};
    const run = (atFrame: boolean) => {
      if (ran) return;
      ran = true;
      frames.delete(frame);
      win.cancelAnimationFrame(frame);
      release();
      fn(atFrame);
    };
    const frame = win.requestAnimationFrame(() => run(true));
    frames.add(frame);
    release = otherwise(() => run(false));
  };

  return {
    timeout,
    frame: (fn) =>
      atFrameOr(fn, (run) => {
        const fallback = win.setTimeout(run, FRAME_FALLBACK_MS);
        timeouts.add(fallback);
        return () => {
          timeouts.delete(fallback);
          win.clearTimeout(fallback);
        };
      }),
    idle(fn) {
      if (disposed) return;
      if (!win.requestIdleCallback) {
        timeout(fn, 0);
        return;
      }
      const id = win.requestIdleCallback(
        () => {
          idles.delete(id);
          fn();
        },
        { timeout: IDLE_FALLBACK_MS },
      );
      idles.add(id);
    },
    soon,
    soonOrFrame: (fn) =>
      atFrameOr(fn, (run) => {
        // A queued task cannot be taken back: if the frame came first, the task finds the work done.
        soon(run);
        return () => {};
      }),
    dispose() {
      disposed = true;
      for (const id of timeouts) win.clearTimeout(id);
      for (const id of frames) win.cancelAnimationFrame(id);
      for (const id of idles) win.cancelIdleCallback(id);
      timeouts.clear();
      frames.clear();
      idles.clear();
      soonQueue = [];
      channel?.port1.close();
      channel?.port2.close();
      channel = null;
    },
  };
}
