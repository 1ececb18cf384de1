/** Summary statistics for the benchmark's samples. */

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** The median (the mean of the middle two for an even count); NaN for no samples. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The arithmetic mean; NaN for no samples. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** p50 and p95 of a sample. */
export interface Spread {
  readonly p50: number;
  readonly p95: number;
  readonly n: number;
}

/** p50 and p95 of `values`. */
export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}
