import { describe, expect, it } from 'vitest';
import { addIssues, hasProblems, noProblems, refusalProblems } from '../../../lib/catalogue/form-problems';

const FIELDS = { code: 'code', 'period.end': 'periodEnd', objectiveId: 'objective' } as const;

describe('addIssues', () => {
  it('places schema issues on fields, the first per field, and keeps the rest aside', () => {
    const problems = addIssues(noProblems<string>(), FIELDS, [
      { path: ['code'], message: 'must not be empty' },
      { path: ['code'], message: 'second problem' },
      { path: ['period', 'end'], message: 'must not end before it starts' },
      { path: ['mystery'], message: 'is odd' },
    ]);
    expect(problems).toEqual({
      fields: { code: 'must not be empty', periodEnd: 'must not end before it starts' },
      other: ['mystery: is odd'],
    });
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(noProblems())).toBe(false);
  });
});

describe('refusalProblems', () => {
  it('reads the database refusal into field messages', () => {
    expect(
      refusalProblems(
        'Cannot save objective GROW-2: code: "GROW-2" is already used by objective "Increase self-serve revenue"; period.end: must not end before it starts',
        FIELDS,
      ),
    ).toEqual({
      fields: {
        code: '"GROW-2" is already used by objective "Increase self-serve revenue"',
        periodEnd: 'must not end before it starts',
      },
      other: [],
    });
  });

  it('keeps "; " inside a reason with that reason', () => {
    expect(
      refusalProblems(
        'Cannot save the benefit target: objectiveId: 2 links and 0 rules of its current objective point at this target; remove the target from them first',
        FIELDS,
      ).fields,
    ).toEqual({
      objective: '2 links and 0 rules of its current objective point at this target; remove the target from them first',
    });
  });

  it('keeps reasons without a field of the form, and other errors, whole', () => {
    expect(refusalProblems('Cannot save the check-in: targetId: refers to nothing', FIELDS).other).toEqual([
      'targetId: refers to nothing',
    ]);
    expect(refusalProblems('Throughline is not reachable: gone', FIELDS)).toEqual({
      fields: {},
      other: ['Throughline is not reachable: gone'],
    });
  });
});
