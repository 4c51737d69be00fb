import { describe, expect, it } from 'vitest';
import { progressByObjective } from '../../../lib/catalogue/objective-progress';
import type { BenefitTarget } from '../../../lib/model/benefit-target';
import type { Measurement } from '../../../lib/model/measurement';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const target = (id: string, objectiveId: string, name: string): BenefitTarget => ({
  id,
  objectiveId,
  name,
  kind: 'financial',
  direction: 'increase',
  baseline: 0,
  target: 100,
});

describe('progressByObjective', () => {
  it('gives each objective its targets by name, each judged on its own check-ins', () => {
    const targets = [target('t2', 'o1', 'Zeta'), target('t1', 'o1', 'Alpha'), target('t3', 'o2', 'Other')];
    const measurements: Measurement[] = [
      { id: 'm1', targetId: 't1', value: 40, at: '2026-11-01' },
      { id: 'm2', targetId: 't1', value: 60, at: '2026-11-20' },
      { id: 'm3', targetId: 't2', value: 10, at: '2026-01-01' },
    ];
    const progress = progressByObjective(targets, measurements, NOW, 45);
    expect(progress.get('o1')!.map((entry) => [entry.name, entry.ratio, entry.stale])).toEqual([
      ['Alpha', 0.6, false],
      ['Zeta', 0.1, true],
    ]);
    expect(progress.get('o2')![0]!.latest).toBeNull();
    expect(progress.get('o3')).toBeUndefined();
  });

  it('handles thousands of targets and check-ins without scanning per target', () => {
    const targets = Array.from({ length: 3000 }, (_, i) => target(`t${i}`, `o${i % 1000}`, `T${i}`));
    const measurements = Array.from({ length: 60_000 }, (_, i) => ({
      id: `m${i}`,
      targetId: `t${i % 3000}`,
      value: i % 100,
      at: '2026-11-01',
    }));
    const started = performance.now();
    const progress = progressByObjective(targets, measurements, NOW, 45);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(progress.size).toBe(1000);
  });
});
