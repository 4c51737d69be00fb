import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyScore, searchObjectives } from '../../../lib/search/objective-search';

const objectives = [
  { code: 'GROW-1', title: 'Enter two new markets' },
  { code: 'GROW-2', title: 'Increase self-serve revenue' },
  { code: 'CX-1', title: 'Cut time to first value' },
  { code: 'OPS-3', title: 'Lower cost to serve' },
];

describe('objective search', () => {
  it('keeps the order for an empty query', () => {
    expect(searchObjectives(objectives, '  ')).toEqual(objectives);
  });

  it('puts an exact code first, case-insensitively', () => {
    expect(searchObjectives(objectives, 'grow-2')[0]?.code).toBe('GROW-2');
  });

  it('finds by abbreviated code and by words of the title', () => {
    expect(searchObjectives(objectives, 'grw2').map((o) => o.code)).toEqual(['GROW-2']);
    expect(searchObjectives(objectives, 'self rev')[0]?.code).toBe('GROW-2');
    expect(searchObjectives(objectives, 'serve').map((o) => o.code)).toEqual(
      expect.arrayContaining(['GROW-2', 'OPS-3']),
    );
  });

  it('finds nothing when the letters are not there in order', () => {
    expect(searchObjectives(objectives, 'zzz')).toEqual([]);
    expect(fuzzyScore('vrg', 'GROW-2')).toBe(-1);
  });

  it('always matches a text against itself and never matches a longer query', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        if (text.trim() === '') return;
        expect(fuzzyScore(text, text)).toBeGreaterThanOrEqual(0);
        expect(fuzzyScore(`${text.replace(/\s/g, '')}\u0000`, text)).toBe(-1);
      }),
    );
  });
});
