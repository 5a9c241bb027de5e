/** Distribution of numeric target values (linear-interpolated quantiles). */
export interface ValueDistribution {
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
  readonly n: number;
}

/** Summarises numbers as min, p25, median, p75, max and n; null for none. Does not modify its input. */
export function summarizeValues(values: readonly number[]): ValueDistribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] as number,
    p25: readQuantile(sorted, 0.25),
    median: readQuantile(sorted, 0.5),
    p75: readQuantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
    n: sorted.length,
  };
}

/** The q-quantile of ascending numbers (linear interpolation, rounded to 6 decimals). */
export function readQuantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return Math.round((a + (b - a) * (pos - lo)) * 1e6) / 1e6;
}
