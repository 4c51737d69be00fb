import { describe, expect, it } from 'vitest';
import { createWorkTimer } from '../../../lib/overlay/work-timer';

describe('work timer', () => {
  it('sums pieces of work, counts nested ones once, keeps the longest and starts afresh when taken', () => {
    let clock = 0;
    const timer = createWorkTimer(() => clock);
    timer.run(() => {
      clock += 5;
      timer.run(() => {
        clock += 3;
      });
    });
    expect(() =>
      timer.run(() => {
        clock += 2;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(timer.take()).toEqual({ total: 10, longest: 8, longestAt: 0, pieces: 2, starts: [0, 8, 8, 2] });
    expect(timer.take()).toEqual({ total: 0, longest: 0, longestAt: 0, pieces: 0, starts: [] });
  });

  it('keeps when the longest piece began, past the pieces whose starts it keeps', () => {
    let clock = 0;
    const timer = createWorkTimer(() => clock);
    for (let piece = 0; piece < 100; piece++)
      timer.run(() => {
        clock += piece === 80 ? 30 : 1;
      });
    const report = timer.take();
    expect(report.longest).toBe(30);
    expect(report.longestAt).toBe(80);
  });

  it('keeps when the first 512 pieces of a report began, and counts the rest without growing', () => {
    let clock = 0;
    const timer = createWorkTimer(() => clock);
    for (let piece = 0; piece < 2000; piece++)
      timer.run(() => {
        clock += 1;
      });
    const report = timer.take();
    expect(report.pieces).toBe(2000);
    expect(report.total).toBe(2000);
    expect(report.starts).toHaveLength(1024);
    expect(report.starts.slice(-2)).toEqual([511, 1]);
    timer.run(() => {
      clock += 4;
    });
    expect(timer.take().starts).toEqual([2000, 4]);
  });

  it('tells when the piece under way began, from inside nested work too, and now outside any', () => {
    let clock = 100;
    const timer = createWorkTimer(() => clock);
    const starts: number[] = [];
    timer.run(() => {
      clock += 15;
      timer.run(() => starts.push(timer.pieceStart()));
    });
    clock += 40;
    starts.push(timer.pieceStart());
    expect(starts).toEqual([100, 155]);
  });
});
