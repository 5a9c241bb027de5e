import type { QuantitativeTarget, TargetValue } from '../model/target-value';
import { parseTargetValue } from '../value/parse-target-value';
import { scaleDecimal } from '../value/scale-decimal';

export interface ConvertedActual {
  /** The actual value in the target's unit, or null when it cannot be compared. */
  readonly value: number | null;
  /** Why it cannot be compared (Chinese, for the formula text). */
  readonly problem: string | null;
}

const SCALE: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

function normalizeUnit(unit: string | null): string | null {
  if (unit == null) return null;
  const u = unit.replace(/\s+/g, '').replace(/^(％|百分比|百分点)$/, '%');
  return u || null;
}

function splitScale(unit: string): { factor: number; base: string } {
  const m = /^(千|万|亿)(.+)$/.exec(unit);
  if (m && m[2] !== '') return { factor: SCALE[m[1]!]!, base: m[2]! };
  if (unit in SCALE) return { factor: SCALE[unit]!, base: '' };
  return { factor: 1, base: unit };
}

/** Factor that turns a value in `from` into `to` (万元 → 元: 10000), or null when the units differ in kind. */
export function findUnitFactor(from: string | null, to: string | null): number | null {
  const a = normalizeUnit(from);
  const b = normalizeUnit(to);
  if (a === b || a == null || b == null) return 1;
  if (b.startsWith(`${a}/`) || a.startsWith(`${b}/`)) return 1;
  const sa = splitScale(a);
  const sb = splitScale(b);
  if (sa.base === sb.base) return sa.factor / sb.factor;
  return null;
}

/** Finds `2650方` inside `全年用水2650方，较上年…` when the actual is a sentence. */
function findNumberBeforeUnit(text: string, unit: string | null): { value: number; unit: string | null } | null {
  if (!unit) return null;
  const escaped = unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(千|万|亿)?\\s*${escaped}`).exec(text);
  if (!m) return null;
  const num = m[1]!.replace(/,/g, '');
  const scale = m[2];
  if (scale && !/^元/.test(unit)) return { value: scaleDecimal(num, scale === '万' ? 4 : scale === '亿' ? 8 : 3), unit };
  return { value: Number(num), unit: scale ? `${scale}${unit}` : unit };
}

/**
 * The actual value (实际完成值) expressed in the target's unit (R-SE-03 compares a with t): `87人次` vs `≥59人次`, `85%` vs
 * `≥90%`, `5.8万元` vs `≤5万元`, `58000元` vs `≤5万元` (→ 5.8), scale words via the target-value grammar (`31.8万人` →
 * 318000 人). An actual without a unit is taken to be in the target's unit.
 */
export function convertToTargetUnit(target: QuantitativeTarget, actual: TargetValue | null | undefined, actualText: string | null): ConvertedActual {
  let value: number | null = null;
  let unit: string | null = null;
  const parsed = actual ?? (actualText ? parseTargetValue(actualText).target : null);
  if (parsed && parsed.op !== 'qualitative') {
    value = parsed.value;
    unit = parsed.unit;
  } else if (actualText) {
    const found = findNumberBeforeUnit(actualText, target.unit);
    if (found) {
      value = found.value;
      unit = found.unit;
    }
  }
  if (value == null) return { value: null, problem: actualText ? `实际完成值“${actualText}”不是数值` : '未填实际完成值' };
  const factor = findUnitFactor(unit, target.unit);
  if (factor == null) return { value: null, problem: `实际值单位“${unit}”与目标单位“${target.unit}”不一致` };
  return { value: Number((value * factor).toPrecision(12)), problem: null };
}
