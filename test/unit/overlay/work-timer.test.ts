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
    expect(timer.take()).toEqual({ total: 10, longest: 8, pieces: 2 });
    expect(timer.take()).toEqual({ total: 0, longest: 0, pieces: 0 });
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
