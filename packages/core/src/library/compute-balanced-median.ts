import { readQuantile } from './summarize-values';

/**
 * The median of per-unit medians: one unit with many projects (a county that writes `≥100%` in
 * every form) counts once, so the typical value reflects practice across units.
 */
export function computeBalancedMedian(values: readonly { readonly value: number; readonly unitId: string }[]): number | null {
  if (values.length === 0) return null;
  const byUnit = new Map<string, number[]>();
  for (const v of values) {
    const list = byUnit.get(v.unitId);
    if (list) list.push(v.value);
    else byUnit.set(v.unitId, [v.value]);
  }
  const medians = [...byUnit.values()].map((list) => readQuantile(list.sort((a, b) => a - b), 0.5)).sort((a, b) => a - b);
  return readQuantile(medians, 0.5);
}
