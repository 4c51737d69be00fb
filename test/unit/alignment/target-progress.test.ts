import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../../lib/alignment/target-progress';
import type { BenefitTarget } from '../../../lib/model/benefit-target';
import type { Measurement } from '../../../lib/model/measurement';

const target: BenefitTarget = {
  id: 'bt-ssr',
  objectiveId: 'ob-grow-2',
  name: 'Self-serve revenue',
  unit: 'EUR',
  kind: 'financial',
  direction: 'increase',
  baseline: 1_000_000,
  target: 1_500_000,
  dueDate: '2026-12-31',
};
const now = new Date('2026-11-24T10:00:00.000Z');

describe('targetProgress', () => {
  it('reports the latest check-in of this target, its ratio and age', () => {
    const measurements: Measurement[] = [
      { id: 'm1', targetId: 'bt-ssr', value: 1_100_000, at: '2026-09-30' },
      { id: 'm2', targetId: 'bt-ssr', value: 1_250_000, at: '2026-11-14' },
      { id: 'm3', targetId: 'bt-other', value: 9_000_000, at: '2026-11-20' },
    ];
    expect(targetProgress(target, measurements, now, 45)).toEqual({
      id: 'bt-ssr',
      name: 'Self-serve revenue',
      unit: 'EUR',
      direction: 'increase',
      baseline: 1_000_000,
      target: 1_500_000,
      dueDate: '2026-12-31',
      latest: { value: 1_250_000, at: '2026-11-14' },
      ratio: 0.5,
      position: null,
      ageDays: 10,
      stale: false,
      // From the first check-in (2026-09-30) to the due date, 45 of 92 days: 49% expected, 50% reached.
      pace: 45 / 92,
      behindPace: false,
    });
  });

  it('starts the pace line at the given start and says when the value falls short of it', () => {
    const measurements: Measurement[] = [{ id: 'm1', targetId: 'bt-ssr', value: 1_250_000, at: '2026-11-14' }];
    const result = targetProgress(target, measurements, now, 45, '2026-01-01');
    expect(result.pace).toBeCloseTo(317 / 364);
    expect(result.behindPace).toBe(true);
    expect(targetProgress(target, measurements, now, 45, '2026-11-01').behindPace).toBe(false);
  });

  it('has no pace without a due date, and a band is off pace only outside it', () => {
    const band: BenefitTarget = { ...target, direction: 'keep-within', baseline: 30, target: 45 };
    const at = (value: number) => [{ id: 'm1', targetId: 'bt-ssr', value, at: '2026-11-14' }];
    expect(targetProgress(band, at(40), now, 45, '2026-01-01')).toMatchObject({ pace: null, behindPace: false });
    expect(targetProgress(band, at(50), now, 45, '2026-01-01')).toMatchObject({ pace: null, behindPace: true });
    const undated = { ...target, dueDate: undefined };
    expect(targetProgress(undated, at(1_100_000), now, 45, '2026-01-01')).toMatchObject({
      pace: null,
      behindPace: false,
    });
  });

  it('marks an old check-in as stale', () => {
    const result = targetProgress(target, [{ id: 'm1', targetId: 'bt-ssr', value: 1, at: '2026-09-01' }], now, 45);
    expect(result.ageDays).toBe(84);
    expect(result.stale).toBe(true);
    expect(result.position).toBe('behind-baseline');
  });

  it('has no value, ratio or age without a check-in, and is stale', () => {
    const result = targetProgress(target, [], now, 45);
    expect(result).toMatchObject({
      latest: null,
      ratio: null,
      position: null,
      ageDays: null,
      stale: true,
      pace: null,
      behindPace: false,
    });
  });
});
