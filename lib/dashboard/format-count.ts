const grouped = new Intl.NumberFormat('en');

/** `20,000`: counts in full, grouped, as people read them in a table. */
export function formatCount(value: number): string {
  return grouped.format(value);
}
