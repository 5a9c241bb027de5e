/** Rounds a score half-up to `decimals` places without binary float surprises (4.725 → 4.73). */
export function roundScore(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const shifted = Number((value * factor).toFixed(6));
  return Math.round(shifted) / factor;
}

/** Short text of a number for formulas: at most four decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}
