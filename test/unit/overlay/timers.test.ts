// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createTimers } from '../../../lib/overlay/timers';

describe("the overlay's timers", () => {
  it('runs every task queued soon, even after one of them throws', async () => {
    const timers = createTimers(window);
    const ran: string[] = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    timers.soon(() => ran.push('first'));
    timers.soon(() => {
      throw new Error('broken');
    });
    timers.soon(() => ran.push('third'));
    await vi.waitFor(() => expect(ran).toEqual(['first', 'third']));
    timers.soon(() => ran.push('later'));
    await vi.waitFor(() => expect(ran).toEqual(['first', 'third', 'later']));
    debug.mockRestore();
    timers.dispose();
  });

  it('runs what a task queues soon in a later task, after what was queued before it', async () => {
    const timers = createTimers(window);
    const ran: string[] = [];
    timers.soon(() => {
      ran.push('first');
      timers.soon(() => ran.push('queued by first'));
      void Promise.resolve().then(() => ran.push('after first'));
    });
    timers.soon(() => ran.push('second'));
    await vi.waitFor(() => expect(ran).toHaveLength(4));
    expect(ran).toEqual(['first', 'second', 'after first', 'queued by first']);
    timers.dispose();
  });

  it('times each task of queued work as one piece', async () => {
    const pieces: string[][] = [];
    let piece: string[] = [];
    const timers = createTimers(window, (task) => {
      piece = [];
      task();
      pieces.push(piece);
    });
    timers.soon(() => piece.push('first'));
    timers.soon(() => {
      piece.push('second');
      timers.soon(() => piece.push('queued by second'));
    });
    await vi.waitFor(() => expect(pieces).toHaveLength(2));
    expect(pieces).toEqual([['first', 'second'], ['queued by second']]);
    timers.dispose();
  });

  it('runs none of the tasks queued with the one that disposes the timers', async () => {
    const timers = createTimers(window);
    const ran: string[] = [];
    timers.soon(() => {
      ran.push('first');
      timers.dispose();
    });
    timers.soon(() => ran.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual(['first']);
  });

  it('drops what was queued soon once disposed', async () => {
    const timers = createTimers(window);
    const ran = vi.fn();
    timers.soon(ran);
    timers.soon(ran);
    timers.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).not.toHaveBeenCalled();
  });

  describe('frame and soonOrFrame', () => {
    /** The test's window, with frames that come only when the test says. */
    function withFrames() {
      const callbacks = new Map<number, FrameRequestCallback>();
      let next = 0;
      const win = Object.create(window, {
        requestAnimationFrame: {
          value: (callback: FrameRequestCallback) => {
            callbacks.set(++next, callback);
            return next;
          },
        },
        cancelAnimationFrame: { value: (id: number) => callbacks.delete(id) },
      }) as Window & typeof globalThis;
      const frame = () => {
        const due = [...callbacks.values()];
        callbacks.clear();
        for (const callback of due) callback(performance.now());
      };
      return { timers: createTimers(win), frame, waiting: () => callbacks.size };
    }

    it('runs at the start of the next frame when that comes before the next task, and only then', async () => {
      const { timers, frame } = withFrames();
      const ran = vi.fn();
      timers.soonOrFrame(ran);
      frame();
      expect(ran).toHaveBeenCalledTimes(1);
      expect(ran).toHaveBeenCalledWith(true);
      // The task queued beside the frame finds the work done.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ran).toHaveBeenCalledTimes(1);
      timers.dispose();
    });

    it('runs as the next task when no frame comes first (a hidden tab), and lets go of the frame', async () => {
      const { timers, waiting } = withFrames();
      const ran = vi.fn();
      timers.soonOrFrame(ran);
      await vi.waitFor(() => expect(ran).toHaveBeenCalledTimes(1));
      expect(ran).toHaveBeenCalledWith(false);
      expect(waiting()).toBe(0);
      timers.dispose();
    });

    it('frame: runs as the frame starts, once, or after a short wait in a tab that renders none', async () => {
      const { timers, frame, waiting } = withFrames();
      const shown = vi.fn();
      timers.frame(shown);
      frame();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(shown).toHaveBeenCalledTimes(1);
      const hidden = vi.fn();
      timers.frame(hidden);
      await vi.waitFor(() => expect(hidden).toHaveBeenCalledTimes(1));
      expect(waiting()).toBe(0);
      timers.dispose();
    });

    it('runs neither way once disposed', async () => {
      const { timers, frame, waiting } = withFrames();
      const ran = vi.fn();
      timers.soonOrFrame(ran);
      timers.dispose();
      expect(waiting()).toBe(0);
      frame();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ran).not.toHaveBeenCalled();
    });
  });
});
