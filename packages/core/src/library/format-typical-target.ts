import type { ComparisonOp } from '../model/target-value';

const SYMBOLS: Record<ComparisonOp, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '' };

/** A typical target as users write it: `≥90%`, `≤197.36元/人/年`, `1条` (at most two decimals, no exponent). */
export function formatTypicalTarget(op: ComparisonOp, value: number, unit: string | null): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Number.isInteger(rounded) ? BigInt(rounded).toString() : rounded.toFixed(2).replace(/0+$/, '');
  return `${SYMBOLS[op]}${text}${unit ?? ''}`;
}
