import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeyPattern, keyPatternProblem } from '../../../lib/alignment/key-pattern';

function regex(source: string) {
  const compiled = compileKeyPattern(source, 'regex');
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.pattern;
}

/** Patterns built from the subset the automaton runs, so that native RegExp gives the expected answer. */
const atom = fc.constantFrom('A', 'B', 'P', '1', '2', '-', '.', '\\d', '\\w', '[A-C]', '[^0-9]', '[12-]', '\\-');
const patternArbitrary: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => a + b),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
      fc.tuple(atom, fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,}', '*?')).map(([a, q]) => `(${a})${q}`),
      fc.tuple(tie('node'), fc.constantFrom('?', '{0,1}')).map(([a, q]) => `(?:${a})${q}`),
    ),
  }))
  .node.chain((body) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(([start, end]) => `${start ? '^' : ''}${body}${end ? '$' : ''}`),
  );
const keyArbitrary = fc.stringMatching(/^[A-CP12\-xy]{0,12}$/);

describe('compileKeyPattern (regex)', () => {
  it('answers as JavaScript RegExp does on every pattern of the supported subset', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.array(keyArbitrary, { maxLength: 8 }), (source, keys) => {
        const ours = regex(source);
        const native = new RegExp(source);
        for (const key of keys) expect(ours.test(key), `${source} on ${key}`).toBe(native.test(key));
      }),
      { numRuns: 400, seed: 20261130 },
    );
  });

  it('matches typical key patterns', () => {
    expect(regex('^PAY-\\d+$').test('PAY-42')).toBe(true);
    expect(regex('^PAY-\\d+$').test('XPAY-42')).toBe(false);
    expect(regex('PAY').test('XPAY-42')).toBe(true);
    expect(regex('^(PAY|WEB)-1\\d{2}$').test('WEB-123')).toBe(true);
    expect(regex('^(PAY|WEB)-1\\d{2}$').test('WEB-1234')).toBe(false);
    expect(regex('').test('anything')).toBe(true);
  });

  it('refuses nested repetition, which hangs backtracking engines, with its position', () => {
    expect(keyPatternProblem('^(((([A-Z0-9_-]+)+)+)+)+x$', 'regex')).toBe(
      'nested repetition at position 5, such as (a+)+, is refused: it makes other tools hang',
    );
    expect(keyPatternProblem('(a|b+)*', 'regex')).toMatch(/^nested repetition at position 1/);
    expect(keyPatternProblem('(?:PAY-\\d+)?', 'regex')).toBeNull();
    expect(keyPatternProblem('(ab){2}', 'regex')).toBeNull();
  });

  it('runs an alternation that backtracks exponentially elsewhere in linear time', () => {
    const ambiguous = regex(
      '^(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)(A|A)x$',
    );
    for (let run = 0; run < 200; run++) expect(ambiguous.test(`${'A'.repeat(18)}Y`)).toBe(false);
    expect(ambiguous.test(`${'A'.repeat(18)}x`)).toBe(true);
  });

  it('refuses what an automaton cannot run, with a reason', () => {
    expect(keyPatternProblem('(a)\\1', 'regex')).toBe('backreferences are not supported');
    expect(keyPatternProblem('PAY(?=-)', 'regex')).toBe('lookahead and lookbehind are not supported');
    expect(keyPatternProblem('\\bPAY', 'regex')).toBe('word boundaries (\\b) are not supported');
    expect(keyPatternProblem('(PAY', 'regex')).toBe('unclosed "(" at position 1');
    expect(keyPatternProblem('PAY)', 'regex')).toBe('unmatched ")" at position 4');
    expect(keyPatternProblem('[A-', 'regex')).toBe('unclosed "[" at position 1');
    expect(keyPatternProblem('*A', 'regex')).toBe('nothing to repeat at position 1');
    expect(keyPatternProblem('A**', 'regex')).toBe('two quantifiers in a row at position 3');
    expect(keyPatternProblem('A{5,2}', 'regex')).toBe('repetition {5,2} counts down');
    expect(keyPatternProblem('A{500}', 'regex')).toBe('repetition counts above 100 are not supported');
    expect(keyPatternProblem('[A-Z]{100}'.repeat(21), 'regex')).toBe('the pattern is too complex');
    expect(keyPatternProblem('[Z-A]', 'regex')).toBe('a range in [] runs backwards');
    expect(keyPatternProblem('\\q', 'regex')).toBe('the escape "\\q" is not supported');
    expect(keyPatternProblem('^PAY-\\d+$', 'regex')).toBeNull();
  });
});

describe('compileKeyPattern (glob)', () => {
  const glob = (source: string) => {
    const compiled = compileKeyPattern(source, 'glob');
    if (!compiled.ok) throw new Error(compiled.reason);
    return compiled.pattern;
  };

  it('matches the whole key, ignoring case, with * and ?', () => {
    expect(glob('PAY-*').test('PAY-1')).toBe(true);
    expect(glob('pay-*').test('PAY-1234')).toBe(true);
    expect(glob('PAY-*').test('XPAY-1')).toBe(false);
    expect(glob('PAY-?').test('PAY-12')).toBe(false);
    expect(glob('PAY-1?').test('PAY-12')).toBe(true);
    expect(glob('*').test('')).toBe(true);
    expect(glob('PAY.1').test('PAYX1')).toBe(false);
    expect(glob('[PAY]').test('[PAY]')).toBe(true);
  });
});
