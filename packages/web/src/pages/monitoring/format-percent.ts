/** A fraction as a percentage with two decimals (0.20930 → "20.93%"), `—` for null. */
export function formatPercent(fraction: number | null | undefined): string {
  return fraction == null || !Number.isFinite(fraction) ? '—' : `${(fraction * 100).toFixed(2)}%`;
}
