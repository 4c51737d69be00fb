import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlignmentRecords, alignmentSources, buildAlignmentIndex } from '../../../lib/alignment/alignment-index';
import { createResolver, factsRead, MAX_INHERITANCE_DEPTH, parentIds } from '../../../lib/alignment/resolve';
import { compiledKeyPattern } from '../../../lib/alignment/rules';
import type { ItemFacts } from '../../../lib/model/item-facts';
import type { Rule } from '../../../lib/model/rule';

const SITE = 'jira:acme.atlassian.net';
const id = (key: string) => `${SITE}:${key}`;
const at = '2026-11-02T09:00:00.000Z';

function resolverOf(records: Partial<AlignmentRecords>, facts: Record<string, ItemFacts> = {}) {
  const index = buildAlignmentIndex(
    { links: [], rules: [], exclusions: [], objectives: [], ...records },
    compiledKeyPattern,
  );
  return createResolver(alignmentSources(index, (itemId) => facts[itemId]));
}

const labelRule = (ruleId: string, objectiveId: string, label: string, name?: string): Rule => ({
  id: ruleId,
  ...(name && { name }),
  objectiveId,
  tracker: 'jira',
  match: { kind: 'label', value: label },
  enabled: true,
});

describe('createResolver', () => {
  it('gives links, then rules, one reason per objective, each saying why', () => {
    const resolve = resolverOf(
      {
        links: [{ itemId: id('PAY-1'), objectiveId: 'ob-a', targetId: 'bt-1', createdAt: at, note: 'redesign' }],
        rules: [
          labelRule('ru-1', 'ob-a', 'x'),
          labelRule('ru-2', 'ob-b', 'x', 'Checkout work'),
          labelRule('ru-3', 'ob-b', 'x'),
        ],
      },
      { [id('PAY-1')]: { labels: ['x'] } },
    );
    expect(resolve(id('PAY-1'))).toEqual([
      { objectiveId: 'ob-a', targetId: 'bt-1', via: 'link', linkedAt: at, note: 'redesign' },
      { objectiveId: 'ob-b', via: 'rule', ruleId: 'ru-2', ruleName: 'Checkout work' },
    ]);
  });

  it("hands an epic's link down to its children and their sub-tasks, naming the epic", () => {
    const resolve = resolverOf(
      { links: [{ itemId: id('PAY-100'), objectiveId: 'ob-grow', createdAt: at }] },
      { [id('PAY-1')]: { parent: 'PAY-100' }, [id('PAY-11')]: { parent: 'PAY-1' } },
    );
    const inherited = {
      objectiveId: 'ob-grow',
      via: 'inherited',
      ancestorId: id('PAY-100'),
      ancestorVia: 'link',
      linkedAt: at,
    };
    expect(resolve(id('PAY-1'))).toEqual([inherited]);
    expect(resolve(id('PAY-11'))).toEqual([inherited]);
  });

  it('inherits a rule through a Data Center epic link, naming the rule', () => {
    const resolve = resolverOf(
      { rules: [labelRule('ru-1', 'ob-a', 'checkout')] },
      { [id('PAY-100')]: { labels: ['checkout'] }, [id('PAY-2')]: { epic: 'PAY-100' } },
    );
    expect(resolve(id('PAY-2'))).toEqual([
      {
        objectiveId: 'ob-a',
        via: 'inherited',
        ancestorId: id('PAY-100'),
        ancestorVia: 'rule',
        ruleId: 'ru-1',
        ruleName: 'label checkout',
      },
    ]);
  });

  it('prefers a link to a rule and a rule to inheritance for the same objective', () => {
    const resolve = resolverOf(
      {
        links: [{ itemId: id('PAY-100'), objectiveId: 'ob-a', createdAt: at }],
        rules: [labelRule('ru-1', 'ob-a', 'x')],
      },
      { [id('PAY-1')]: { parent: 'PAY-100', labels: ['x'] } },
    );
    expect(resolve(id('PAY-1'))).toEqual([{ objectiveId: 'ob-a', via: 'rule', ruleId: 'ru-1', ruleName: 'label x' }]);
  });

  it('does not hand down an objective that turned inheritance off', () => {
    const resolve = resolverOf(
      {
        links: [{ itemId: id('PAY-100'), objectiveId: 'ob-a', createdAt: at }],
        objectives: [{ id: 'ob-a', inherit: false }],
      },
      { [id('PAY-1')]: { parent: 'PAY-100' } },
    );
    expect(resolve(id('PAY-1'))).toEqual([]);
  });

  it('lets an exclusion win over rules and inheritance, but not over a link, and stops it passing down', () => {
    const resolve = resolverOf(
      {
        links: [
          { itemId: id('PAY-100'), objectiveId: 'ob-a', createdAt: at },
          { itemId: id('PAY-3'), objectiveId: 'ob-a', createdAt: at },
        ],
        rules: [labelRule('ru-1', 'ob-b', 'x')],
        exclusions: [
          { itemId: id('PAY-1'), objectiveId: 'ob-a' },
          { itemId: id('PAY-1'), objectiveId: 'ob-b' },
          { itemId: id('PAY-3'), objectiveId: 'ob-a' },
        ],
      },
      {
        [id('PAY-1')]: { parent: 'PAY-100', labels: ['x'] },
        [id('PAY-11')]: { parent: 'PAY-1' },
        [id('PAY-3')]: { parent: 'PAY-100' },
      },
    );
    expect(resolve(id('PAY-1'))).toEqual([]);
    expect(resolve(id('PAY-11'))).toEqual([]);
    expect(resolve(id('PAY-3'))).toEqual([{ objectiveId: 'ob-a', via: 'link', linkedAt: at }]);
  });

  it(`inherits through at most ${MAX_INHERITANCE_DEPTH} generations`, () => {
    const facts: Record<string, ItemFacts> = {};
    for (let level = 1; level <= 12; level++) facts[id(`PAY-${level}`)] = { parent: `PAY-${level + 1}` };
    const resolve = resolverOf({ links: [{ itemId: id('PAY-13'), objectiveId: 'ob-a', createdAt: at }] }, facts);
    expect(resolve(id(`PAY-${13 - MAX_INHERITANCE_DEPTH}`))).toHaveLength(1);
    expect(resolve(id(`PAY-${12 - MAX_INHERITANCE_DEPTH}`))).toEqual([]);
    // Asked from the top first, the answers further down stay the same.
    const fresh = resolverOf({ links: [{ itemId: id('PAY-13'), objectiveId: 'ob-a', createdAt: at }] }, facts);
    for (let level = 12; level >= 1; level--) fresh(id(`PAY-${level}`));
    expect(fresh(id(`PAY-${12 - MAX_INHERITANCE_DEPTH}`))).toEqual([]);
  });

  it('names no ancestor of a card whose parent and epic are absent or itself, the cards sharing one empty list', () => {
    const none = parentIds(id('PAY-1'), { labels: ['web'] });
    expect(none).toEqual([]);
    expect(parentIds(id('PAY-2'), { status: 'Done' })).toBe(none);
    expect(parentIds(id('PAY-3'), { parent: 'PAY-3', epic: 'not a key' })).toBe(none);
    expect(parentIds(id('PAY-4'), undefined)).toBe(none);
    expect(parentIds(id('PAY-5'), { parent: 'PAY-6', epic: 'PAY-6' })).toEqual([id('PAY-6')]);
  });

  it(`says which items an answer reads: the item and its ancestors, ${MAX_INHERITANCE_DEPTH} generations up`, () => {
    const facts: Record<string, ItemFacts> = {
      [id('PAY-1')]: { parent: 'PAY-2', epic: 'PAY-99' },
      [id('PAY-99')]: { parent: 'PAY-1' },
    };
    for (let level = 2; level <= 12; level++) facts[id(`PAY-${level}`)] = { parent: `PAY-${level + 1}` };
    const reads = (key: string, ...changed: string[]) =>
      factsRead(id(key), (itemId) => parentIds(itemId, facts[itemId])).some((read) => changed.map(id).includes(read));
    expect(factsRead(id('PAY-1'), (itemId) => parentIds(itemId, facts[itemId]))).toEqual([
      id('PAY-1'),
      id('PAY-2'),
      id('PAY-99'),
      ...Array.from({ length: MAX_INHERITANCE_DEPTH - 1 }, (_, n) => id(`PAY-${n + 3}`)),
    ]);
    expect(reads('PAY-1', 'PAY-1')).toBe(true);
    expect(reads('PAY-1', 'PAY-99')).toBe(true);
    expect(reads('PAY-1', `PAY-${1 + MAX_INHERITANCE_DEPTH}`)).toBe(true);
    expect(reads('PAY-1', `PAY-${2 + MAX_INHERITANCE_DEPTH}`)).toBe(false);
    expect(reads('PAY-2', 'PAY-1', 'PAY-20')).toBe(false);
    // PAY-99's parent is PAY-1, whose epic is PAY-99: the walk ends.
    expect(reads('PAY-99', 'PAY-40')).toBe(false);
  });

  it('ignores parents that are the item itself, not keys, or of another shape', () => {
    const resolve = resolverOf(
      { links: [{ itemId: id('PAY-1'), objectiveId: 'ob-a', createdAt: at }] },
      { [id('PAY-1')]: { parent: 'PAY-1', epic: 'not a key' } },
    );
    expect(resolve(id('PAY-1'))).toHaveLength(1);
    expect(resolve('not an id')).toEqual([]);
  });
});

describe('createResolver properties', () => {
  const keys = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6'];
  const objectives = ['ob-a', 'ob-b', 'ob-c'];
  const world = fc.record({
    parents: fc.array(fc.option(fc.constantFrom(...keys), { nil: undefined }), {
      minLength: keys.length,
      maxLength: keys.length,
    }),
    epics: fc.array(fc.option(fc.constantFrom(...keys), { nil: undefined }), {
      minLength: keys.length,
      maxLength: keys.length,
    }),
    labels: fc.array(fc.subarray(['x', 'y']), { minLength: keys.length, maxLength: keys.length }),
    links: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...objectives)), { maxLength: 6 }),
    rules: fc.array(fc.tuple(fc.constantFrom('x', 'y'), fc.constantFrom(...objectives)), { maxLength: 3 }),
    exclusions: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...objectives)), { maxLength: 6 }),
    notInherited: fc.subarray(objectives),
  });
  type World = typeof world extends fc.Arbitrary<infer T> ? T : never;
  const build = (w: World) => {
    const facts: Record<string, ItemFacts> = {};
    keys.forEach((key, index) => {
      facts[id(key)] = { parent: w.parents[index], epic: w.epics[index], labels: w.labels[index] };
    });
    const records: Partial<AlignmentRecords> = {
      links: w.links.map(([key, objectiveId]) => ({ itemId: id(key), objectiveId, createdAt: at })),
      rules: w.rules.map(([label, objectiveId], index) => labelRule(`ru-${index}`, objectiveId, label)),
      exclusions: w.exclusions.map(([key, objectiveId]) => ({ itemId: id(key), objectiveId })),
      objectives: w.notInherited.map((objectiveId) => ({ id: objectiveId, inherit: false })),
    };
    return { make: () => resolverOf(records, facts), records, facts };
  };

  it('an exclusion always wins over rules and inheritance; nothing loops; one reason per objective', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { make, records } = build(w);
        const resolve = make();
        for (const key of keys) {
          const alignments = resolve(id(key));
          const objectivesSeen = alignments.map((alignment) => alignment.objectiveId);
          expect(new Set(objectivesSeen).size).toBe(objectivesSeen.length);
          for (const exclusion of records.exclusions ?? [])
            if (exclusion.itemId === id(key))
              expect(alignments.some((a) => a.objectiveId === exclusion.objectiveId && a.via !== 'link')).toBe(false);
          for (const alignment of alignments)
            if (alignment.via === 'inherited') {
              expect(w.notInherited).not.toContain(alignment.objectiveId);
              expect(alignment.ancestorId).not.toBe(id(key));
            }
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('names every item whose answer facts of others change (factsRead)', () => {
    fc.assert(
      fc.property(world, world, fc.subarray(keys, { minLength: 1 }), (w, later, changedKeys) => {
        const before = build(w);
        const after = build({
          ...w,
          parents: w.parents.map((parent, index) =>
            changedKeys.includes(keys[index]!) ? later.parents[index] : parent,
          ),
          epics: w.epics.map((epic, index) => (changedKeys.includes(keys[index]!) ? later.epics[index] : epic)),
          labels: w.labels.map((labels, index) => (changedKeys.includes(keys[index]!) ? later.labels[index]! : labels)),
        });
        const changed = new Set(changedKeys.map(id));
        const [old, now] = [before.make(), after.make()];
        for (const key of keys)
          if (JSON.stringify(old(id(key))) !== JSON.stringify(now(id(key))))
            expect(
              factsRead(id(key), (itemId) => parentIds(itemId, after.facts[itemId])).some((read) => changed.has(read)),
            ).toBe(true);
      }),
      { numRuns: 500, seed: 13 },
    );
  });

  it('gives the same answer whatever else was asked first (what it remembers changes no answer)', () => {
    fc.assert(
      fc.property(world, fc.shuffledSubarray(keys, { minLength: keys.length }), (w, order) => {
        const { make } = build(w);
        const shared = make();
        const answers = new Map(order.map((key) => [key, shared(id(key))]));
        for (const key of keys) expect(answers.get(key)).toEqual(make()(id(key)));
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
