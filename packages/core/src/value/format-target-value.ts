import type { LabelledTarget, QuantitativeTarget, TargetValue } from '../model/target-value';

const SYMBOLS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;

/**
 * How a value was understood, for the UI: `≥ 80000 册`, `≤ 197.36 元/人/年`, `= 100 %`,
 * `≤ 2024年12月31日`, `= 2024年1-12月`, `= 46 人；在职 = 14 人；临聘人员 = 32 人` (a composite with a
 * total shows it as `合计`), `定性：有所提高`. Parsing the output gives the same reading again.
 */
export function formatTargetValue(t: TargetValue): string {
  if (t.op === 'qualitative') return `定性：${t.text}`;
  if (t.parts && t.parts.length > 0) {
    const first = t.parts[0]!;
    const includesFirst = first.op === t.op && first.value === t.value && first.unit === t.unit;
    const pieces = t.parts.map(formatPart);
    return includesFirst ? pieces.join('；') : [`合计 ${formatMeasure(t)}`, ...pieces].join('；');
  }
  return formatMeasure(t);
}

function formatMeasure(t: QuantitativeTarget): string {
  const p = t.period;
  if (p && p.year !== undefined && p.fromMonth !== undefined) {
    if (p.kind === 'month-range') return `${SYMBOLS[t.op]} ${p.year}年${p.fromMonth}-${p.toMonth}月`;
    if (p.kind === 'date' && p.day !== undefined) return `${SYMBOLS[t.op]} ${p.year}年${p.fromMonth}月${p.day}日`;
    if (p.kind === 'date') return `${SYMBOLS[t.op]} ${p.year}年${p.fromMonth}月底`;
    if (p.kind === 'date-range') return `${SYMBOLS[t.op]} ${p.text}`;
  }
  if (p && p.kind === 'date' && p.fromMonth !== undefined) return `${SYMBOLS[t.op]} ${p.fromMonth}月底`;
  return [SYMBOLS[t.op], formatValueNumber(t.value), t.unit ?? ''].filter((x) => x !== '').join(' ');
}

function formatPart(p: LabelledTarget): string {
  const measure = [SYMBOLS[p.op], formatValueNumber(p.value), p.unit ?? ''].filter((x) => x !== '').join(' ');
  return p.label ? `${p.label} ${measure}` : measure;
}

/** Plain decimal digits, never exponent notation (`1e+21` → `1000000000000000000000`, `1e-7` → `0.0000001`). */
export function formatValueNumber(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}
