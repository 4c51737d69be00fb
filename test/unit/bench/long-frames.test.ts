import { describe, expect, it } from 'vitest';
import { describeLongFrames, longFramesWithin } from '../../bench/long-frames';

const frames = [
  { start: 100, duration: 60, rendering: 40 },
  { start: 500, duration: 210, rendering: 0 },
  { start: 900, duration: 80, rendering: 75 },
];

describe('longFramesWithin', () => {
  it('counts the frames begun within the span, the last moment left out', () => {
    expect(longFramesWithin(frames, 100, 900)).toEqual({ count: 2, longest: 210, total: 270, rendering: 40 });
  });

  it('runs to the end when no end is given', () => {
    expect(longFramesWithin(frames, 101)).toEqual({ count: 2, longest: 210, total: 290, rendering: 75 });
  });

  it('answers none, the longest 0, for a span without frames', () => {
    expect(longFramesWithin(frames, 1000)).toEqual({ count: 0, longest: 0, total: 0, rendering: 0 });
  });
});

describe('describeLongFrames', () => {
  it('says so when there was no long frame', () => {
    expect(describeLongFrames(longFramesWithin([], 0))).toBe('no long animation frame');
  });

  it('gives the count, the time in all, the rendering and the longest', () => {
    expect(describeLongFrames(longFramesWithin(frames, 0))).toBe(
      '3 long animation frames, 350 ms in all (115 ms of it rendering), the longest 210 ms',
    );
  });
});
