import type { Indicator } from '../model/indicator';
import { isQuantitative } from '../model/target-value';
import type { Level2 } from '../model/taxonomy';
import { parseTargetValue } from '../value/parse-target-value';
import { convertToTargetUnit } from '../scoring/convert-to-target-unit';
import { classifyQualitativeActual } from '../scoring/qualitative-band';
import { formatNumber } from '../scoring/round-score';
import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile, type TrafficLight } from './monitoring-profile';

export interface IndicatorProgress {
  readonly light: TrafficLight;
  /** 'pro-rata': positive 数量/效益/满意度 against s = t·month/12; 'range': within the target or not; 'qualitative'. */
  readonly method: 'pro-rata' | 'range' | 'qualitative';
  /** s = t·month/12 (pro-rata only). */
  readonly expected: number | null;
  /** The actual to date in the target's unit. */
  readonly actual: number | null;
  /** Linear full-year forecast: a·12/month for pro-rata, the current level otherwise; null for 定性. */
  readonly forecast: number | null;
  /** True when the forecast reaches the target (定性: 达到). */
  readonly forecastReached: boolean;
  readonly formula: string;
  readonly problem?: string;
}

const RANGE_L2: ReadonlySet<Level2> = new Set(['quality', 'timeliness', 'cost', 'economicCost', 'socialCost', 'environmentalCost']);
const QUAL_LIGHT: Readonly<Record<string, TrafficLight>> = { achieved: 'green', partial: 'yellow', missed: 'red' };

function meetsTarget(op: string, a: number, t: number): boolean {
  if (op === '<=' || op === '<') return a <= t;
  if (op === '=' && t === 0) return a <= 0;
  return a >= t;
}

/**
 * R-MON-04 indicator light at month `month` (1–12) for the progress to date `actualText`:
 * positive 数量/效益/满意度 with s = t·month/12: a < 0.6s red, < 0.8s yellow, < 1.2s green, ≥ 1.2s blue;
 * reverse targets and 质量/时效/成本: green within the target, red outside; 定性 达到/部分达到/未达到 → green/yellow/red.
 * Also a linear full-year forecast (R-MON-02).
 */
export function assessIndicatorProgress(indicator: Indicator, actualText: string | null, month: number, profile: MonitoringProfile = DEFAULT_MONITORING_PROFILE): IndicatorProgress {
  const target = indicator.target;
  if (!isQuantitative(target) || (target.period != null && target.period.kind !== 'days' && target.period.kind !== 'months')) {
    const band = classifyQualitativeActual(actualText);
    const light = band ? QUAL_LIGHT[band]! : 'red';
    const label = band === 'achieved' ? '达到' : band === 'partial' ? '部分达到' : band === 'missed' ? '未达到' : '未填报';
    return { light, method: 'qualitative', expected: null, actual: null, forecast: null, forecastReached: band === 'achieved', formula: `定性：${label} → ${light}`, ...(band ? {} : { problem: '未填报完成情况' }) };
  }
  const converted = convertToTargetUnit(target, actualText ? parseTargetValue(actualText).target : null, actualText);
  const t = target.value;
  const reverse = target.op === '<=' || target.op === '<' || (target.op === '=' && t === 0);
  const rangeKind = reverse || indicator.level1 === 'cost' || (indicator.level2 != null && RANGE_L2.has(indicator.level2));
  const method = rangeKind ? 'range' : 'pro-rata';
  if (converted.value == null) {
    const problem = converted.problem ?? '无法比较';
    return { light: 'red', method, expected: null, actual: null, forecast: null, forecastReached: false, formula: `${problem} → red`, problem };
  }
  const a = converted.value;
  if (rangeKind) {
    const ok = meetsTarget(target.op, a, t);
    return { light: ok ? 'green' : 'red', method, expected: null, actual: a, forecast: a, forecastReached: ok, formula: `a = ${formatNumber(a)} ${ok ? '在' : '不在'}目标${indicator.targetText ?? formatNumber(t)}范围内 → ${ok ? 'green' : 'red'}` };
  }
  const m = Math.min(Math.max(month, 1), 12);
  const s = (t * m) / 12;
  const b = profile.indicatorBands;
  const ratio = s > 0 ? a / s : a > 0 ? Infinity : 1;
  const r = Number(ratio.toFixed(9));
  const light: TrafficLight = r < b.red ? 'red' : r < b.yellow ? 'yellow' : r < b.blue ? 'green' : 'blue';
  const forecast = (a * 12) / m;
  const capped = target.unit === '%' ? Math.min(forecast, 100) : forecast;
  return {
    light,
    method,
    expected: s,
    actual: a,
    forecast: capped,
    forecastReached: capped >= t,
    formula: `s = t·${m}/12 = ${formatNumber(s)}，a/s = ${formatNumber(a)}/${formatNumber(s)} = ${formatNumber(ratio)} → ${light}；全年预计 ${formatNumber(capped)}`,
  };
}
