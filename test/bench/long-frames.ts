import type { Page } from 'playwright-core';

/**
 * Main-world script, run before the page's own: keeps the page's long
 * animation frames (over 50 ms), as the browser reports them to any page. A
 * frame's rendering (style, layout, paint) after a change of ours is the
 * browser's work, not a piece of ours, yet a user waits behind it all the
 * same: on a 20,000-card board laid out whole, each frame that shows new
 * chips lays out every card again (7 December).
 */
const LONG_FRAMES = `(() => {
  const frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        frames.push({ start: entry.startTime, duration: entry.duration, rendering: entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0 });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  window.__longFrames = frames;
})();`;

export async function installLongFrames(page: Page): Promise<void> {
  await page.addInitScript(LONG_FRAMES);
}

export interface LongFrames {
  count: number;
  /** The longest frame, ms; 0 when there was none. */
  longest: number;
  /** All of them, ms. */
  total: number;
  /** Of that, the frames' rendering (from the start of their style and layout to their end), ms. */
  rendering: number;
}

/** A long animation frame as the probe keeps it: page clock, ms; `rendering` 0 when the frame drew nothing. */
export interface LongFrame {
  start: number;
  duration: number;
  rendering: number;
}

/** The long animation frames begun from `from` (page clock) until `to`. */
export function longFramesWithin(
  frames: readonly LongFrame[],
  from: number,
  to = Number.POSITIVE_INFINITY,
): LongFrames {
  const within = frames.filter((frame) => frame.start >= from && frame.start < to);
  return {
    count: within.length,
    longest: Math.max(0, ...within.map((frame) => frame.duration)),
    total: within.reduce((sum, frame) => sum + frame.duration, 0),
    rendering: within.reduce((sum, frame) => sum + frame.rendering, 0),
  };
}

/** The page's long animation frames so far (`installLongFrames`). */
export async function longFramesOf(page: Page): Promise<LongFrame[]> {
  return (await page.evaluate(
    () => (window as unknown as { __longFrames?: unknown[] }).__longFrames ?? [],
  )) as LongFrame[];
}

export function describeLongFrames(frames: LongFrames): string {
  return frames.count === 0
    ? 'no long animation frame'
    : `${frames.count} long animation frames, ${Math.round(frames.total)} ms in all (${Math.round(frames.rendering)} ms of it rendering), the longest ${Math.round(frames.longest)} ms`;
}
