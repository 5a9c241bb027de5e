import type { ComparisonOp, QuantitativeTarget } from '../model/target-value';
import { MAX_VALUE } from './read-measure';
import { DAY_UNITS, KNOWN_UNITS, MONTH_UNITS } from './read-unit';
import { scaleDecimal } from './scale-decimal';

/**
 * The commonest 指标值 shape, already in normal form: an optional operator, a plain number and a
 * known unit (`≥90%`, `=0人`, `≤197.36元/人/年`, `3项`, `≤30天`, `≥8万册`, `10万元`). One anchored regex, so that the
 * importer's millions of cells do not pay for the full grammar. Every character it accepts is
 * unchanged by NFKC, so the reading equals the full grammar's.
 */
const SIMPLE = /^(>=|<=|=>|[≥≤<>=])?(\d{1,15}(?:\.\d{1,10})?)(%|[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,2}){0,2})?$/;

const OPS: Readonly<Record<string, ComparisonOp>> = { '≥': '>=', '>=': '>=', '=>': '>=', '≤': '<=', '<=': '<=', '>': '>', '<': '<', '=': '=' };

/** The reading of a simple value, or undefined when the full grammar has to look at it. */
export function readSimpleValue(text: string): QuantitativeTarget | undefined {
  if (text.length > 24) return undefined;
  const m = SIMPLE.exec(text);
  if (!m) return undefined;
  const op = m[1] === undefined ? '=' : OPS[m[1]]!;
  let value = Number(m[2]);
  let unit = m[3] === undefined ? null : m[3] === '百分比' ? '%' : m[3];
  if (unit === null) return { op, value, unit };
  if (unit[0] === '年' && m[2]!.length === 4) return undefined;
  const scale = unit[0] === '万' ? 4 : unit[0] === '亿' ? 8 : 0;
  if (scale > 0 && unit.length > 1 && unit[1] !== '元') {
    unit = unit.slice(1);
    value = scaleDecimal(m[2]!, scale);
    if (value >= MAX_VALUE) return undefined;
  } else if (scale > 0 && unit.length === 1) {
    return { op, value, unit };
  }
  if (!isKnown(unit)) return undefined;
  if (DAY_UNITS.has(unit)) return { op, value, unit, period: { kind: 'days', text: periodText(text, m[1]) } };
  if (MONTH_UNITS.has(unit)) return { op, value, unit, period: { kind: 'months', text: periodText(text, m[1]) } };
  return { op, value, unit };
}

/** The period text as the full grammar writes it: ASCII operator pairs as `≥`/`≤`. */
function periodText(text: string, op: string | undefined): string {
  return op === '>=' || op === '=>' ? `≥${text.slice(2)}` : op === '<=' ? `≤${text.slice(2)}` : text;
}

function isKnown(unit: string): boolean {
  if (KNOWN_UNITS.has(unit)) return true;
  if (!unit.includes('/')) return false;
  for (const piece of unit.split('/')) if (!KNOWN_UNITS.has(piece)) return false;
  return true;
}
