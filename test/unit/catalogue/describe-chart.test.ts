import { describe, expect, it } from 'vitest';
import { formatChartValue } from '../../../lib/catalogue/chart-value';
import { describeChart, describePosition } from '../../../lib/catalogue/describe-chart';
import { localeFormat } from '../../../lib/format/locale';
import type { BenefitTarget } from '../../../lib/model/benefit-target';

const revenue: BenefitTarget = {
  id: 'bt-ssr',
  objectiveId: 'ob-grow-2',
  name: 'Self-serve revenue',
  unit: 'EUR',
  kind: 'financial',
  direction: 'increase',
  baseline: 1_000_000,
  target: 1_500_000,
};

describe('formatChartValue', () => {
  it('keeps three significant digits of large numbers and two decimals of small ones', () => {
    expect(formatChartValue(1_310_000, 'EUR')).toBe('1.31M EUR');
    expect(formatChartValue(1_000_000)).toBe('1M');
    expect(formatChartValue(99.95, '%')).toBe('99.95%');
    expect(formatChartValue(4.346, 'stars')).toBe('4.35 stars');
  });

  it("writes numbers in the reader's locale", () => {
    const german = localeFormat('de-DE');
    expect(formatChartValue(1_310_000, 'EUR', german).replace(/\u00a0/g, ' ')).toBe('1,31 Mio. EUR');
    expect(formatChartValue(4.346, 'stars', german)).toBe('4,35 stars');
  });
});

describe('describeChart', () => {
  it('says where the latest check-in stands', () => {
    expect(describeChart(revenue, [{ id: 'm', targetId: 'bt-ssr', value: 1_310_000, at: '2026-10-31' }])).toBe(
      'Self-serve revenue: 1.31M EUR on Oct 31, 2026, 62% of the way from 1M to 1.5M.',
    );
  });

  it('counts the check-ins and says where the trend leads by the due date', () => {
    const text = describeChart({ ...revenue, dueDate: '2026-12-31' }, [
      { id: 'b', targetId: 'bt-ssr', value: 1_310_000, at: '2026-10-31T12:00:00.000Z' },
      { id: 'a', targetId: 'bt-ssr', value: 1_150_000, at: '2026-08-31' },
    ]);
    expect(text).toBe(
      'Self-serve revenue: 1.31M EUR on Oct 31, 2026, 62% of the way from 1M to 1.5M. ' +
        '2 check-ins from Aug 31, 2026 to Oct 31, 2026. ' +
        'At this pace: 1.47M EUR by Dec 31, 2026, 93% of the way from 1M to 1.5M.',
    );
  });

  it('has words for no check-ins', () => {
    expect(describeChart(revenue, [])).toBe('Self-serve revenue: no check-ins yet.');
  });
});

describe('describePosition', () => {
  it('reads every position of a change and of a band', () => {
    expect(describePosition(revenue, 1_600_000)).toBe('past the target of 1.5M (from 1M)');
    expect(describePosition(revenue, 900_000)).toBe('behind the baseline of 1M (target 1.5M)');
    const cost = { ...revenue, direction: 'decrease' as const, baseline: 7.8, target: 6 };
    expect(describePosition(cost, 6.9)).toBe('50% of the way from 7.8 to 6');
    const band = { ...revenue, direction: 'keep-within' as const, baseline: 99.9, target: 100 };
    expect(describePosition(band, 99.95)).toBe('within the band from 99.9 to 100');
    expect(describePosition(band, 99.5)).toBe('below the band from 99.9 to 100');
    expect(describePosition(band, 101)).toBe('above the band from 99.9 to 100');
  });
});
