import { type NumberShapes, writeWhole } from './number-shapes';

/** Every whole number to 1,100, then a spread to a billion: each group size and where grouping starts. */
function checkedValues(): number[] {
  const values = Array.from({ length: 1101 }, (_, n) => n);
  for (let n = 1101; n < 1_000_000_000; n = Math.floor(n * 1.37) + 7) values.push(n);
  for (let power = 10; power <= 1_000_000_000; power *= 10) values.push(power - 1, power, power + 1);
  return values;
}

function partsAround(parts: Intl.NumberFormatPart[]): readonly [string, string] | null {
  const at = parts.findIndex((part) => part.type === 'integer');
  if (at === -1 || parts.filter((part) => part.type === 'integer').length !== 1) return null;
  const text = (from: Intl.NumberFormatPart[]) => from.map((part) => part.value).join('');
  return [text(parts.slice(0, at)), text(parts.slice(at + 1))];
}

/**
 * The shapes of whole numbers and whole percentages in `locale` (the
 * browser's by default), read from `Intl` with the options the overlay
 * formats with (`written`, `formatPercent`), and kept only if they write
 * each checked value exactly as `Intl` does: a locale with another shape
 * (digits that are not one per place, a percent that moves) gets none, or
 * no percent, and its tabs go to `Intl`.
 */
export function readNumberShapes(language: string, locale?: string): NumberShapes | null {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const digits = Array.from({ length: 10 }, (_, digit) => plain.format(digit));
  const grouped = plain.formatToParts(123_456_789);
  const integers = grouped.filter((part) => part.type === 'integer');
  const group = grouped.find((part) => part.type === 'group')?.value ?? '';
  const primary = integers.at(-1)?.value.length ?? 0;
  const secondary = integers.at(-2)?.value.length ?? primary;
  const minimumGrouping = plain.formatToParts(1000).some((part) => part.type === 'group') ? 1 : 2;
  if (primary === 0 || digits.some((digit) => digit === '')) return null;
  const shapes: NumberShapes = { language, digits, group, primary, secondary, minimumGrouping, percent: null };
  const values = checkedValues();
  if (!values.every((n) => writeWhole(shapes, n) === plain.format(n))) return null;
  const around = partsAround(percent.formatToParts(0.42));
  const percentHolds =
    around !== null && values.every((n) => around[0] + writeWhole(shapes, n) + around[1] === percent.format(n / 100));
  return percentHolds ? { ...shapes, percent: around } : shapes;
}

let reader: NumberShapes | null | undefined;

/** The shapes of the browser's locale, read on first use (tens of milliseconds of `Intl`) and kept. */
export function readerNumberShapes(): NumberShapes | null {
  if (reader === undefined) {
    try {
      reader = readNumberShapes(navigator.language);
    } catch (error) {
      console.error('Throughline: could not read how this locale writes numbers', error);
      reader = null;
    }
  }
  return reader;
}
