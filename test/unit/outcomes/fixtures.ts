import type { TargetProgress } from '../../../lib/model/annotation';

/** A target's progress as the resolver reports it; only what a test names differs. */
export const progress = (id: string, fields: Partial<TargetProgress> = {}): TargetProgress => ({
  id,
  name: `Target ${id}`,
  direction: 'increase',
  baseline: 0,
  target: 100,
  latest: { value: 50, at: '2026-11-20' },
  ratio: 0.5,
  position: null,
  ageDays: 10,
  stale: false,
  pace: 0.5,
  behindPace: false,
  ...fields,
});
