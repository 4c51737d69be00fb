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
  it('places each problem of a refusal on its field, the first per field', () => {
    expect(
      refusalProblems(
        {
          error: 'Cannot save objective GROW-2: …',
          problems: [
            { path: 'code', message: '"GROW-2" is already used by objective "Increase self-serve revenue"' },
            { path: 'period.end', message: 'must not end before it starts' },
            { path: 'period.end', message: 'a second reason' },
          ],
        },
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

  it('keeps reasons without a field of the form, and refusals without problems, whole', () => {
    expect(
      refusalProblems(
        { error: 'Cannot save the check-in: …', problems: [{ path: 'targetId', message: 'refers to nothing' }] },
        FIELDS,
      ).other,
    ).toEqual(['targetId: refers to nothing']);
    expect(refusalProblems({ error: 'Throughline is not reachable: gone' }, FIELDS)).toEqual({
      fields: {},
      other: ['Throughline is not reachable: gone'],
    });
  });
});
