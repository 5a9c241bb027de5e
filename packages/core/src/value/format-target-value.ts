import type { TargetValue } from '../model/target-value';

const SYMBOLS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;

/** How a value was understood, for the UI: `≥ 80000 册`, `≤ 197.36 元/人/年`, `定性：有所提高`. */
export function formatTargetValue(t: TargetValue): string {
  if (t.op === 'qualitative') return `定性：${t.text}`;
  return [SYMBOLS[t.op], String(t.value), t.unit ?? ''].filter((x) => x).join(' ');
}
