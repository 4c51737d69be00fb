import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitProgress } from '../../../lib/alignment/progress';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
/** A baseline and a target `span` away in the direction of travel. */
const directed = fc.record({
  baseline: finite,
  span: fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
});
const toTarget = ({
  baseline,
  span,
  direction,
}: {
  baseline: number;
  span: number;
  direction: 'increase' | 'decrease';
}) => ({
  direction,
  baseline,
  target: direction === 'increase' ? baseline + span : baseline - span,
});

describe('benefitProgress', () => {
  it('is 0 at the baseline and 1 at the target, whichever the direction', () => {
    fc.assert(
      fc.property(directed, (input) => {
        const target = toTarget(input);
        fc.pre(target.target !== target.baseline);
        expect(benefitProgress(target, target.baseline)).toEqual({ ratio: 0, position: null });
        expect(benefitProgress(target, target.target)).toEqual({ ratio: 1, position: null });
      }),
    );
  });

  it('measures a decrease from 40 to 25 toward 10 as halfway', () => {
    expect(benefitProgress({ direction: 'decrease', baseline: 40, target: 10 }, 25)).toEqual({
      ratio: 0.5,
      position: null,
    });
  });

  it('stays within [0, 1] and never decreases as the value moves toward the target', () => {
    fc.assert(
      fc.property(directed, finite, finite, (input, a, b) => {
        const target = toTarget(input);
        const [low, high] = a <= b ? [a, b] : [b, a];
        const closer = target.direction === 'increase' ? high : low;
        const farther = target.direction === 'increase' ? low : high;
        const near = benefitProgress(target, closer).ratio!;
        const far = benefitProgress(target, farther).ratio!;
        expect(near).toBeGreaterThanOrEqual(0);
        expect(near).toBeLessThanOrEqual(1);
        expect(far).toBeGreaterThanOrEqual(0);
        expect(near).toBeGreaterThanOrEqual(far);
      }),
    );
  });

  it('clamps beyond the target and behind the baseline, and says so', () => {
    const increase = { direction: 'increase' as const, baseline: 100, target: 200 };
    expect(benefitProgress(increase, 250)).toEqual({ ratio: 1, position: 'past-target' });
    expect(benefitProgress(increase, 50)).toEqual({ ratio: 0, position: 'behind-baseline' });
    const decrease = { direction: 'decrease' as const, baseline: 40, target: 10 };
    expect(benefitProgress(decrease, 5)).toEqual({ ratio: 1, position: 'past-target' });
    expect(benefitProgress(decrease, 45)).toEqual({ ratio: 0, position: 'behind-baseline' });
  });

  it('reads keep-within as in or out of the band [baseline, target]', () => {
    const band = { direction: 'keep-within' as const, baseline: 95, target: 99 };
    expect(benefitProgress(band, 95)).toEqual({ ratio: 1, position: 'within' });
    expect(benefitProgress(band, 97)).toEqual({ ratio: 1, position: 'within' });
    expect(benefitProgress(band, 99)).toEqual({ ratio: 1, position: 'within' });
    expect(benefitProgress(band, 94.9)).toEqual({ ratio: 0, position: 'below-band' });
    expect(benefitProgress(band, 99.1)).toEqual({ ratio: 0, position: 'above-band' });
  });

  it('has no ratio without a value', () => {
    for (const direction of ['increase', 'decrease', 'keep-within'] as const)
      expect(benefitProgress({ direction, baseline: 1, target: 2 }, null)).toEqual({ ratio: null, position: null });
  });
});
