import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressColumns, progressFromColumns } from '../../../lib/dashboard/progress-columns';
import type { TargetProgress } from '../../../lib/model/annotation';

const number = fc.double({ noNaN: true, noDefaultInfinity: true });
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const progress: fc.Arbitrary<TargetProgress> = fc.record(
  {
    id: fc.string(),
    name: fc.string(),
    unit: fc.string(),
    direction: fc.constantFrom('increase', 'decrease', 'keep-within'),
    baseline: number,
    target: number,
    dueDate: day,
    latest: fc.option(
      fc.record(
        { value: number, at: day, confidence: fc.double({ min: 0, max: 1, noNaN: true }) },
        { requiredKeys: ['value', 'at'] },
      ),
      { nil: null },
    ),
    ratio: fc.option(number, { nil: null }),
    position: fc.constantFrom('past-target', 'behind-baseline', 'within', 'below-band', 'above-band', null),
    ageDays: fc.option(fc.integer(), { nil: null }),
    stale: fc.boolean(),
    pace: fc.option(number, { nil: null }),
    behindPace: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'name',
      'direction',
      'baseline',
      'target',
      'latest',
      'ratio',
      'position',
      'ageDays',
      'stale',
      'pace',
      'behindPace',
    ],
  },
) as fc.Arbitrary<TargetProgress>;

describe('targets’ progress in columns', () => {
  it('arrives, through a message’s JSON, as the background worked it out', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.array(progress, { maxLength: 5 })), (byObjective) => {
        // What a message carries: JSON (Chrome's extension messaging), which turns -0 into 0 as the page would read it.
        const sent = JSON.parse(JSON.stringify(progressColumns(byObjective)));
        expect(progressFromColumns(sent)).toEqual(JSON.parse(JSON.stringify(byObjective)));
      }),
      { numRuns: 300 },
    );
  });
});
