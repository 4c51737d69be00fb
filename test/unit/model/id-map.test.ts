import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdMap, shardOf } from '../../../lib/model/id-map';

type Op = { kind: 'set'; id: string; value: number } | { kind: 'delete'; id: string } | { kind: 'clear' };

const ids = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: 0, max: 40 }).map((n) => `jira:acme.atlassian.net:BIG-${n}`),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), id: ids, value: fc.integer() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), id: ids }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

describe('IdMap', () => {
  it('answers as a Map does, whatever is set, deleted and cleared', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.array(ids, { maxLength: 10 }), (ops, probes) => {
        const map = new IdMap<number>();
        const model = new Map<string, number>();
        for (const step of ops) {
          if (step.kind === 'set') {
            map.set(step.id, step.value);
            model.set(step.id, step.value);
          } else if (step.kind === 'delete') {
            map.delete(step.id);
            model.delete(step.id);
          } else {
            map.clear();
            model.clear();
          }
          expect(map.size).toBe(model.size);
        }
        for (const id of [...probes, ...model.keys()]) {
          expect(map.get(id)).toBe(model.get(id));
        }
        const byId = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
        expect([...map].sort(byId)).toEqual([...model].sort(byId));
      }),
    );
  });

  it('lets entries be deleted while it is walked', () => {
    const map = new IdMap<number>();
    for (let n = 0; n < 500; n++) map.set(`asana:app.asana.com:${1200000000000 + n}`, n);
    for (const [id, value] of map) if (value % 2 === 0) map.delete(id);
    expect(map.size).toBe(250);
    expect([...map].every(([, value]) => value % 2 === 1)).toBe(true);
  });
});

describe('shardOf', () => {
  it('spreads a board of ids about evenly, so that no shard holds a large share', () => {
    const spellings = [
      (n: number) => `jira:acme.atlassian.net:BIG-${n}`,
      (n: number) => `azure-devops:dev.azure.com/acme:${n}`,
      (n: number) => `asana:app.asana.com:${1_209_000_000_000 + n * 7}`,
    ];
    for (const spell of spellings) {
      const counts = new Array<number>(32).fill(0);
      for (let n = 1; n <= 20_000; n++) counts[shardOf(spell(n))]!++;
      expect(Math.max(...counts)).toBeLessThan((20_000 / 32) * 1.5);
    }
  });

  it('takes ids of any length, the empty one too', () => {
    for (const id of ['', 'a', 'ab', 'abc', 'x'.repeat(500)]) {
      const shard = shardOf(id);
      expect(Number.isInteger(shard) && shard >= 0 && shard < 32).toBe(true);
    }
  });
});
