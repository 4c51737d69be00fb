import { describe, expect, it } from 'vitest';
import { chartSeries, chronological, linearTrend, secondsOf, trendAt } from '../../../lib/catalogue/chart-series';
import type { Measurement } from '../../../lib/model/measurement';

const DAY = 86_400;
const target = { baseline: 1_000_000, target: 1_500_000, dueDate: '2026-12-31' };
const checkIn = (id: string, at: string, value: number): Measurement => ({ id, targetId: 'bt', at, value });

describe('linearTrend', () => {
  it('fits a straight line, and none through fewer than two instants', () => {
    const trend = linearTrend([
      { x: 1_800_000_000, y: 10 },
      { x: 1_800_000_000 + DAY, y: 12 },
      { x: 1_800_000_000 + 2 * DAY, y: 14 },
    ])!;
    expect(trendAt(trend, 1_800_000_000 + 3 * DAY)).toBeCloseTo(16, 6);
    expect(linearTrend([{ x: 1, y: 1 }])).toBeNull();
    expect(
      linearTrend([
        { x: 5, y: 1 },
        { x: 5, y: 2 },
      ]),
    ).toBeNull();
  });
});

describe('chronological', () => {
  it('orders dates and timestamps as instants, keeping ties in recorded order', () => {
    const list = [
      checkIn('late', '2026-10-31', 3),
      checkIn('early', '2026-09-30T23:00:00.000-02:00', 1),
      checkIn('tie-a', '2026-10-01', 2),
      checkIn('tie-b', '2026-10-01', 2),
    ];
    expect(chronological(list).map((entry) => entry.id)).toEqual(['tie-a', 'tie-b', 'early', 'late']);
  });
});

describe('chartSeries', () => {
  it('is null without check-ins', () => {
    expect(chartSeries(target, [])).toBeNull();
  });

  it('lays out check-ins oldest first, the due date after them, flat baseline and target, and the trend', () => {
    const series = chartSeries(target, [checkIn('b', '2026-10-31', 1_310_000), checkIn('a', '2026-08-31', 1_150_000)])!;
    const x = (date: string) => secondsOf(date);
    expect(series.xs).toEqual([x('2026-08-31'), x('2026-10-31'), x('2026-12-31')]);
    expect(series.values).toEqual([1_150_000, 1_310_000, null]);
    expect(series.baseline).toEqual([1_000_000, 1_000_000, 1_000_000]);
    expect(series.target).toEqual([1_500_000, 1_500_000, 1_500_000]);
    expect(series.trend[0]).toBeCloseTo(1_150_000);
    expect(series.trend[1]).toBeNull();
    // 61 days brought 160,000; 61 more days bring as much again.
    expect(series.trend[2]).toBeCloseTo(1_470_000, -2);
    expect(series.xRange[0]).toBeLessThan(x('2026-08-31'));
    expect(series.xRange[1]).toBeGreaterThan(x('2026-12-31'));
    expect(series.yRange[0]).toBeLessThan(1_000_000);
    expect(series.yRange[1]).toBeGreaterThan(1_500_000);
  });

  it('draws one check-in with no trend, and no due date column when the due date has passed', () => {
    const series = chartSeries({ baseline: 10, target: 5, dueDate: '2026-01-01' }, [checkIn('a', '2026-03-01', 8)])!;
    expect(series.xs).toEqual([secondsOf('2026-03-01')]);
    expect(series.trend).toEqual([null]);
    expect(series.xRange[1] - series.xRange[0]).toBe(6 * DAY);
  });

  it('keeps the value range open when every value is the same', () => {
    const series = chartSeries({ baseline: 0, target: 0 }, [checkIn('a', '2026-03-01', 0)])!;
    expect(series.yRange).toEqual([-1, 1]);
  });
});
