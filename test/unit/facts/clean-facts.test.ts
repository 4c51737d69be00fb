import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFacts, factsByKey, texts } from '../../../lib/facts/clean-facts';
import { ItemFactsSchema } from '../../../lib/model/item-facts';
import { FACT_LIMITS } from '../../../lib/model/item-facts-limits';

describe('cleanFacts', () => {
  it('keeps each list once per value, in order, within its bounds, and leaves out lists with nothing in them', () => {
    const long = 'x'.repeat(FACT_LIMITS.name + 1);
    expect(
      cleanFacts({
        type: 'Story',
        labels: ['q3', '', 'q3', long, 'growth', 'q3'],
        components: [],
        projects: null,
        sections: undefined,
      }),
    ).toEqual({ type: 'Story', labels: ['q3', 'growth'] });
    expect(cleanFacts({ labels: ['', long] })).toEqual({});
  });

  it('stops at the most a list may hold, counting each value once', () => {
    const labels = Array.from({ length: FACT_LIMITS.labels * 2 }, (_, index) => `l${index % (FACT_LIMITS.labels + 5)}`);
    const kept = cleanFacts({ labels }).labels ?? [];
    expect(kept).toHaveLength(FACT_LIMITS.labels);
    expect(kept).toEqual(Array.from({ length: FACT_LIMITS.labels }, (_, index) => `l${index}`));
  });

  it('answers labels the background accepts, whatever the tracker sent', () => {
    // As `text` hands them over: trimmed, and empty for a blank.
    const value = fc.string({ maxLength: 300 }).map((raw) => raw.trim());
    fc.assert(
      fc.property(fc.record({ labels: fc.option(fc.array(value, { maxLength: 150 })) }), (raw) => {
        const facts = cleanFacts(raw);
        expect(ItemFactsSchema.safeParse(facts).success).toBe(true);
        const reference = [...new Set((raw.labels ?? []).filter((l) => l.length > 0 && l.length <= FACT_LIMITS.name))];
        expect(facts.labels).toEqual(reference.length > 0 ? reference.slice(0, FACT_LIMITS.labels) : undefined);
      }),
    );
  });
});

describe('texts', () => {
  it('reads text items, or a field of each, skipping what is not text', () => {
    expect(texts(['a', ' b ', 3, '', null, {}])).toEqual(['a', 'b', '3']);
    expect(texts([{ name: 'Web' }, { name: ' ' }, { other: 'x' }, 'plain'], 'name')).toEqual(['Web']);
    expect(texts('not a list')).toEqual([]);
  });
});

describe('factsByKey', () => {
  it('keys the facts of each entry read, leaving out what it cannot read, the last of a key winning', () => {
    const read = (entry: unknown) =>
      typeof entry === 'string' ? ([entry.toUpperCase(), { type: entry }] as const) : null;
    expect([...factsByKey(['pay-1', 7, null, 'pay-2', 'PAY-1'], read)]).toEqual([
      ['PAY-1', { type: 'PAY-1' }],
      ['PAY-2', { type: 'pay-2' }],
    ]);
    expect(factsByKey([], read).size).toBe(0);
  });
});
