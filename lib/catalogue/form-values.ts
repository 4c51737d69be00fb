/** A text field's value with surrounding blanks removed, or `undefined` when nothing is left. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number typed into a form, or `null` when the field holds none (empty or not a finite number). */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

/** Today as `YYYY-MM-DD` in the user's own time zone, the day a date input shows. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A stored number as a form shows it: every digit, no grouping, so saving it again changes nothing. */
export function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
