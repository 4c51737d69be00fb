import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { createSummaryTally } from '../../../lib/overlay/summary-tally';

const objective = (id: string, code: string): ObjectiveSummary => ({
  id,
  code,
  title: code,
  status: 'active',
  targets: [],
});
const link = (objectiveId: string) => ({ objectiveId, via: 'link' as const });

describe('summary tally', () => {
  it('counts distinct items, an item shown twice once, and follows changes item by item', () => {
    const tally = createSummaryTally();
    tally.add('a', [link('ob-1')]);
    tally.add('a', [link('ob-1')]);
    tally.add('b', []);
    expect([tally.aligned, tally.total]).toEqual([1, 2]);
    tally.remove('a');
    expect([tally.aligned, tally.total]).toEqual([1, 2]);
    tally.remove('a');
    expect([tally.aligned, tally.total]).toEqual([0, 1]);
    tally.update('b', [link('ob-2')]);
    expect([tally.aligned, tally.total]).toEqual([1, 1]);
    tally.remove('missing');
    tally.clear();
    expect([tally.aligned, tally.total]).toEqual([0, 0]);
  });

  it('splits by objective, most first, then by code; objectives it cannot name are left out', () => {
    const tally = createSummaryTally();
    tally.add('a', [link('ob-2'), link('ob-1')]);
    tally.add('b', [link('ob-2')]);
    tally.add('c', [link('ob-gone')]);
    const objectives = new Map([
      ['ob-1', objective('ob-1', 'B-1')],
      ['ob-2', objective('ob-2', 'A-2')],
    ]);
    expect(tally.split(objectives).map((entry) => [entry.code, entry.count])).toEqual([
      ['A-2', 2],
      ['B-1', 1],
    ]);
  });

  it('counts an item once for an objective it serves by more than one path, in and out', () => {
    const tally = createSummaryTally();
    const objectives = new Map([['ob-1', objective('ob-1', 'A-1')]]);
    const twice = [link('ob-1'), { objectiveId: 'ob-1', via: 'rule' as const, ruleId: 'r-1' }, link('ob-1')];
    tally.add('a', twice);
    tally.add('b', [link('ob-1')]);
    expect(tally.split(objectives).map((entry) => entry.count)).toEqual([2]);
    tally.remove('a');
    expect(tally.split(objectives).map((entry) => entry.count)).toEqual([1]);
    tally.remove('b');
    expect(tally.split(objectives)).toEqual([]);
  });

  it('orders objectives served as often by their codes as numbers read', () => {
    const tally = createSummaryTally();
    tally.add('a', [link('ob-10'), link('ob-9'), link('ob-2')]);
    const objectives = new Map([
      ['ob-10', objective('ob-10', 'OB-10')],
      ['ob-9', objective('ob-9', 'OB-9')],
      ['ob-2', objective('ob-2', 'ob-2')],
    ]);
    expect(tally.split(objectives).map((entry) => entry.code)).toEqual(['ob-2', 'OB-9', 'OB-10']);
  });

  it('keeps the split as items change, leave and come back, without reading every item again', () => {
    const tally = createSummaryTally();
    const objectives = new Map([
      ['ob-1', objective('ob-1', 'B-1')],
      ['ob-2', objective('ob-2', 'A-2')],
    ]);
    const split = () => tally.split(objectives).map((entry) => [entry.code, entry.count]);
    tally.add('a', [link('ob-1'), link('ob-1')]);
    tally.add('a', [link('ob-1')]);
    tally.add('b', [link('ob-2')]);
    expect(split()).toEqual([
      ['A-2', 1],
      ['B-1', 1],
    ]);
    tally.update('a', [link('ob-2')]);
    expect(split()).toEqual([['A-2', 2]]);
    tally.remove('a');
    expect(split()).toEqual([['A-2', 2]]);
    tally.remove('a');
    tally.add('c', [link('ob-1')]);
    expect(split()).toEqual([
      ['A-2', 1],
      ['B-1', 1],
    ]);
    tally.clear();
    expect(split()).toEqual([]);
  });

  it('agrees with counting every item afresh, through any run of items added, changed and removed, some in view more than once', () => {
    const answers = [[], [link('ob-1')], [link('ob-2')], [link('ob-1'), link('ob-2')]];
    const step = fc.record({
      op: fc.constantFrom('add', 'remove', 'update'),
      id: fc.constantFrom('a', 'b', 'c'),
      answer: fc.nat(answers.length - 1),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const tally = createSummaryTally();
        const model = new Map<string, { count: number; answer: number }>();
        for (const { op, id, answer } of steps) {
          const known = model.get(id);
          if (op === 'add') {
            tally.add(id, answers[answer]!);
            model.set(id, { count: (known?.count ?? 0) + 1, answer });
          } else if (op === 'remove') {
            tally.remove(id);
            if (known && known.count > 1) known.count--;
            else model.delete(id);
          } else {
            tally.update(id, answers[answer]!);
            if (known) known.answer = answer;
          }
          const counted = [...model.values()];
          expect(tally.total).toBe(counted.length);
          expect(tally.aligned).toBe(counted.filter((entry) => answers[entry.answer]!.length > 0).length);
          const served = new Map<string, number>();
          for (const entry of counted)
            for (const { objectiveId } of answers[entry.answer]!)
              served.set(objectiveId, (served.get(objectiveId) ?? 0) + 1);
          const objectives = new Map([
            ['ob-1', objective('ob-1', 'A-1')],
            ['ob-2', objective('ob-2', 'A-2')],
          ]);
          expect(Object.fromEntries(tally.split(objectives).map((entry) => [entry.objectiveId, entry.count]))).toEqual(
            Object.fromEntries(served),
          );
        }
      }),
    );
  });
});
