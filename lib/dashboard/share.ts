/** The part of a whole, 0..1; `null` when there is no whole to share. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * A share in whole percent that never rounds to a claim it does not make:
 * 529 of 530 is 99%, not 100%, and 1 of 530 is under 1%, not 0%.
 */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '–';
  if (part <= 0) return '0%';
  if (part >= whole) return '100%';
  const percent = Math.round((part / whole) * 100);
  if (percent === 0) return '<1%';
  return `${Math.min(percent, 99)}%`;
}
