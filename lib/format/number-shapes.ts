/**
 * How the reader's locale writes whole numbers and whole percentages, as
 * `Intl` wrote them in the background (read-number-shapes.ts). A tab's first
 * `Intl.NumberFormat` loads the locale's number data: 25–55 ms here, a long
 * task in a tracker page before it has shown a card. With these shapes a
 * chip's `42%` and a summary's `1,234 of 2,000` need no `Intl` in the page;
 * anything else (fractions, negative numbers, a locale the tab does not
 * share) still goes to `Intl`.
 */
export interface NumberShapes {
  /** The `navigator.language` they were read under: a tab with another one formats for itself. */
  language: string;
  /** The locale's ten digits, zero first. */
  digits: readonly string[];
  group: string;
  /** Digits in the last group, and in each group before it (3 and 2 in India). */
  primary: number;
  secondary: number;
  /** Digits before the first group needed to group at all (2 where `1000` stays ungrouped). */
  minimumGrouping: number;
  /** What comes before and after the number in a whole percentage; null when the locale's percent has another shape. */
  percent: readonly [before: string, after: string] | null;
}

const INSTALLED = Symbol.for('throughline.numberShapes');

type Scope = { [INSTALLED]?: NumberShapes };

/**
 * Whether a message from the background holds shapes this code can use. Only
 * the extension posts on the port, and the background checked the shapes
 * against `Intl` as it read them: their shape is all there is to check here.
 */
export function isNumberShapes(value: unknown): value is NumberShapes {
  const shapes = value as Partial<Record<keyof NumberShapes, unknown>> | null;
  return (
    typeof shapes?.language === 'string' &&
    Array.isArray(shapes.digits) &&
    shapes.digits.length === 10 &&
    typeof shapes.group === 'string' &&
    [shapes.primary, shapes.secondary, shapes.minimumGrouping].every((size) => (size as number) > 0) &&
    (shapes.percent === null || (Array.isArray(shapes.percent) && shapes.percent.length === 2))
  );
}

/** Makes the shapes this world's (the overlay's parts share them, as they share the message table). */
export function installNumberShapes(shapes: NumberShapes | null): void {
  if (shapes) (globalThis as Scope)[INSTALLED] = shapes;
  else delete (globalThis as Scope)[INSTALLED];
}

/** The installed shapes, if they were read under this world's language. */
function shapesHere(): NumberShapes | undefined {
  const shapes = (globalThis as Scope)[INSTALLED];
  return shapes && shapes.language === globalThis.navigator?.language ? shapes : undefined;
}

/** Whether whole numbers can be written here without `Intl`: the tab then has no locale data to load ahead. */
export function hasNumberShapes(): boolean {
  return shapesHere() !== undefined;
}

/** `n` (a whole number, not negative) in the locale's digits and groups. */
export function writeWhole(shapes: NumberShapes, n: number): string {
  const plain = String(n);
  let groups = '';
  let rest = plain;
  if (plain.length - shapes.primary >= shapes.minimumGrouping) {
    groups = shapes.group + plain.slice(-shapes.primary);
    rest = plain.slice(0, -shapes.primary);
    while (rest.length > shapes.secondary) {
      groups = shapes.group + rest.slice(-shapes.secondary) + groups;
      rest = rest.slice(0, -shapes.secondary);
    }
  }
  return (rest + groups).replace(/\d/g, (digit) => shapes.digits[Number(digit)] ?? digit);
}

/** `Intl` writes `-0` with its sign. */
function isPositiveOrZero(value: number): boolean {
  return value > 0 || Object.is(value, 0);
}

/** `value` as `Intl.NumberFormat` would write it, when it is a whole number the shapes cover; null otherwise. */
export function shapedWhole(value: number): string | null {
  const shapes = shapesHere();
  return shapes && Number.isSafeInteger(value) && isPositiveOrZero(value) ? writeWhole(shapes, value) : null;
}

/**
 * `ratio` as a whole percentage, as `Intl.NumberFormat` would round and
 * write it; null where the two might differ: a negative ratio (`-0%`), a
 * product that lands on a half (`Intl` rounds the exact decimal, not the
 * floating-point product), or no shapes.
 */
export function shapedPercent(ratio: number): string | null {
  const shapes = shapesHere();
  if (!shapes?.percent || !isPositiveOrZero(ratio)) return null;
  const hundredths = ratio * 100;
  const whole = Math.round(hundredths);
  if (Math.abs(Math.abs(hundredths - whole) - 0.5) < 1e-6 || !Number.isSafeInteger(whole)) return null;
  return shapes.percent[0] + writeWhole(shapes, whole) + shapes.percent[1];
}
