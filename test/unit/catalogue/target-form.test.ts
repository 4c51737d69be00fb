import { describe, expect, it } from 'vitest';
import { boundLabels, parseTargetForm, targetFormValues } from '../../../lib/catalogue/target-form';
import type { BenefitTarget } from '../../../lib/model/benefit-target';

const identity = { id: 'bt-1', objectiveId: 'ob-1' };
const stored: BenefitTarget = {
  ...identity,
  name: 'Self-serve revenue',
  unit: 'EUR',
  kind: 'financial',
  direction: 'increase',
  baseline: 1_000_000,
  target: 1_500_000,
  dueDate: '2026-12-31',
  owner: 'Dana Smith',
};

const problemsOf = (values: Partial<ReturnType<typeof targetFormValues>>) => {
  const result = parseTargetForm({ ...targetFormValues(stored), ...values }, identity);
  return result.ok ? null : result.problems.fields;
};

describe('benefit target form', () => {
  it('round-trips a stored target', () => {
    expect(parseTargetForm(targetFormValues(stored), identity)).toEqual({ ok: true, record: stored });
  });

  it('needs numbers for the baseline and the target', () => {
    expect(problemsOf({ baseline: '', target: 'lots' })).toEqual({
      baseline: 'must be a number',
      target: 'must be a number',
    });
  });

  it('checks the target against the baseline in the direction of travel', () => {
    expect(problemsOf({ target: '1000000' })).toEqual({ target: 'must differ from the baseline' });
    expect(problemsOf({ target: '900000' })).toEqual({ target: 'must be above the baseline for an increase' });
    expect(problemsOf({ direction: 'decrease' })).toEqual({ target: 'must be below the baseline for a decrease' });
    expect(problemsOf({ direction: 'decrease', target: '900000' })).toBeNull();
    expect(problemsOf({ direction: 'keep-within', baseline: '100', target: '99.9' })).toEqual({
      target: 'must be the upper bound of the band (baseline is the lower bound)',
    });
    expect(problemsOf({ direction: 'keep-within', baseline: '99.9', target: '100' })).toBeNull();
  });

  it('reports the direction rule beside other problems', () => {
    expect(problemsOf({ name: '', target: '1' })).toEqual({
      name: 'must not be empty',
      target: 'must be above the baseline for an increase',
    });
  });

  it('names the bounds of a band as bounds', () => {
    expect(boundLabels('keep-within')).toEqual({ baseline: 'Lower bound (baseline)', target: 'Upper bound (target)' });
    expect(boundLabels('increase')).toEqual({ baseline: 'Baseline', target: 'Target' });
  });
});
