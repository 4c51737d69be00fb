import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsNotesById, groupFactsNotes } from '../../../lib/facts/facts-notes';
import type { FactsNote } from '../../../lib/model/annotation';

const note: fc.Arbitrary<FactsNote> = fc.oneof(
  fc.constant({ state: 'fetching' as const }),
  fc.constantFrom('signed out', 'turned off', '__proto__').map((reason) => ({ state: 'unavailable' as const, reason })),
);

describe('facts notes in an answer', () => {
  it('says each reason once, with its items in the order given', () => {
    const off: FactsNote = { state: 'unavailable', reason: 'turned off' };
    expect(
      groupFactsNotes([
        ['a', off],
        ['b', { state: 'fetching' }],
        ['c', { state: 'unavailable', reason: 'signed out' }],
        ['d', off],
      ]),
    ).toEqual({
      fetching: ['b'],
      unavailable: [
        { reason: 'turned off', ids: ['a', 'd'] },
        { reason: 'signed out', ids: ['c'] },
      ],
    });
  });

  it('gives back every item its own note', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), note), { selector: ([id]) => id }), (notes) => {
        expect(factsNotesById(groupFactsNotes(notes))).toEqual(new Map(notes));
      }),
    );
  });
});
