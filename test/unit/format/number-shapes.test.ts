import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installNumberShapes, isNumberShapes, shapedPercent, shapedWhole } from '../../../lib/format/number-shapes';
import { readNumberShapes } from '../../../lib/format/read-number-shapes';
import { formatPercent } from '../../../lib/format/values';
import { written } from '../../../lib/i18n/catalogue';

/** Grouping of every kind: Western, Indian (3 then 2), none below 10,000 (Spanish), other digits, a percent in front. */
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'hi-IN', 'es-ES', 'ar-EG', 'fa-IR', 'tr-TR', 'de-CH', 'zh-CN', 'bn-BD'];

function installFor(locale: string) {
  vi.stubGlobal('navigator', { language: locale });
  const shapes = readNumberShapes(locale, locale);
  installNumberShapes(shapes);
  return shapes;
}

afterEach(() => {
  installNumberShapes(null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('number shapes', () => {
  it.each(LOCALES)('write whole numbers and whole percentages as Intl does in %s', (locale) => {
    const shapes = installFor(locale);
    expect(shapes).not.toBeNull();
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(shapedWhole(n)).toBe(plain.format(n));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (ratio) => {
        const shaped = shapedPercent(ratio);
        if (shaped !== null) expect(shaped).toBe(percent.format(ratio));
      }),
    );
    if (locale !== 'bn-BD') expect(shapedPercent(0.42)).toBe(percent.format(0.42));
  });

  it('leave to Intl what they might write otherwise: negatives, -0, fractions, halves', () => {
    installFor('en-US');
    expect(shapedWhole(-3)).toBeNull();
    expect(shapedWhole(-0)).toBeNull();
    expect(shapedWhole(2.5)).toBeNull();
    expect(shapedWhole(Number.MAX_SAFE_INTEGER + 2)).toBeNull();
    expect(shapedPercent(-0.01)).toBeNull();
    expect(shapedPercent(-0)).toBeNull();
    expect(shapedPercent(Number.NaN)).toBeNull();
    // 0.145 × 100 is 14.499999999999998 in floating point: near enough a half to leave to Intl.
    expect(shapedPercent(0.125)).toBeNull();
    expect(shapedPercent(0.145)).toBeNull();
    expect(formatPercent(-0.01)).toBe('-1%');
    expect(written(2.25)).toBe('2.25');
  });

  it('are used by the formats a chip and a message use, with no Intl number format made', () => {
    installFor('de-DE');
    const made = vi.spyOn(Intl, 'NumberFormat');
    expect(formatPercent(0.42)).toBe('42\u00a0%');
    expect(written(1234)).toBe('1.234');
    expect(made).not.toHaveBeenCalled();
  });

  it('are not used in a world whose language is not the one they were read in', () => {
    installFor('de-DE');
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(shapedWhole(1234)).toBeNull();
    expect(shapedPercent(0.42)).toBeNull();
  });

  it("keep no percent whose grouping is not the numbers' (Bengali groups 12,34,567 but 1,234,567%)", () => {
    const shapes = installFor('bn-BD');
    expect(shapes?.percent).toBeNull();
    expect(shapedWhole(1234567)).toBe('১২,৩৪,৫৬৭');
    expect(shapedPercent(0.42)).toBeNull();
    // Left to Intl, in the world's own locale.
    expect(formatPercent(0.42)).toBe(new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.42));
  });

  it('are refused where Intl writes a number its own way, and keep no percent in two pieces', () => {
    const formatToParts = Intl.NumberFormat.prototype.formatToParts;
    const partsOf = (format: Intl.NumberFormat, value: number) => formatToParts.call(format, value);
    // Numerals that write ten as one sign (拾), not as a digit a place.
    const prototype = Intl.NumberFormat.prototype;
    const format = Object.getOwnPropertyDescriptor(prototype, 'format');
    Object.defineProperty(prototype, 'format', {
      configurable: true,
      get(this: Intl.NumberFormat) {
        return (value: number) =>
          value === 10
            ? '拾'
            : partsOf(this, value)
                .map((part) => part.value)
                .join('');
      },
    });
    try {
      expect(readNumberShapes('en-US', 'en-US')).toBeNull();
    } finally {
      if (format) Object.defineProperty(prototype, 'format', format);
    }
    expect(readNumberShapes('en-US', 'en-US')).not.toBeNull();
    // A percent whose number comes in two pieces has no shape to keep.
    vi.spyOn(Intl.NumberFormat.prototype, 'formatToParts').mockImplementation(function (
      this: Intl.NumberFormat,
      value?: number | bigint | string,
    ) {
      const parts = partsOf(this, Number(value));
      return value === 0.42 ? [...parts, { type: 'integer', value: '1' }] : parts;
    });
    expect(readNumberShapes('en-US', 'en-US')?.percent).toBeNull();
  });

  it('are checked as they come over the port', () => {
    const shapes = readNumberShapes('en-US', 'en-US');
    expect(isNumberShapes(shapes)).toBe(true);
    expect(isNumberShapes(null)).toBe(false);
    expect(isNumberShapes({ ...shapes, digits: ['0', '1'] })).toBe(false);
    expect(isNumberShapes({ ...shapes, primary: 0 })).toBe(false);
    expect(isNumberShapes({ ...shapes, percent: ['%'] })).toBe(false);
    expect(isNumberShapes({ ...shapes, percent: null })).toBe(true);
    expect(isNumberShapes({ ...shapes, language: 1 })).toBe(false);
  });
});
