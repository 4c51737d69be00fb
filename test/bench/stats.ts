/** Median, 95th percentile, min and max of a set of timings. */
export interface Spread {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no runs to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  // Nearest rank: with 20 runs the 19th value; with fewer, the p95 is close to the max, as it should be.
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
  return { median, p95, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function formatSpread(value: Spread): string {
  return `${ms(value.median)} (p95 ${ms(value.p95)}, min ${ms(value.min)}, max ${ms(value.max)}, ${value.runs} runs)`;
}

/** A row of the report: the figure, its budget, and whether it is within it. */
export function verdict(figure: number, budget: number): string {
  return figure <= budget ? 'within budget' : 'OVER BUDGET';
}
