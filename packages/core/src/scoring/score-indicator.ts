import type { Indicator } from '../model/indicator';
import { isQuantitative, type QuantitativeTarget } from '../model/target-value';
import { convertToTargetUnit } from './convert-to-target-unit';
import {
  QUALITATIVE_BANDS,
  classifyQualitativeActual,
  findScoreBand,
  proposeQualitativeScore,
  validateQualitativeScore,
  type QualitativeBand,
} from './qualitative-band';
import { formatNumber, roundScore } from './round-score';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring-profile';

export type IndicatorScoreKind = 'positive' | 'reverse' | 'zero-target' | 'qualitative' | 'satisfaction';

export interface IndicatorScore {
  /** Score rounded to 2 decimals. */
  readonly score: number;
  /** Unrounded score (compared with the printed one). */
  readonly exactScore: number;
  /** The formula with its numbers, e.g. "w·a/t = 5×85/90 = 4.72". */
  readonly formula: string;
  readonly kind: IndicatorScoreKind;
  /** 定性 only: the band read from the actual text (or from the printed score when the text says nothing). */
  readonly band?: QualitativeBand;
  /** True when the target was reached (定性: band 达成). */
  readonly achieved: boolean;
  /** R-SE-02/R-SE-04: missed, or a ≥ 1.3·t. */
  readonly needsDeviationReason: boolean;
  /** R-SE-04: a ≥ 1.3·t (positive and satisfaction only). */
  readonly overAchievement: boolean;
  /** The actual in the target's unit, when quantitative. */
  readonly actualValue?: number;
  /** Set when the row could not be rescored; the printed score is kept. */
  readonly problem?: string;
}

export interface ScoreIndicatorOptions {
  readonly profile?: ScoringProfile;
  /** A manual score for a 定性 row (the printed 得分); validated against its band. */
  readonly manualScore?: number | null;
}

/** True for 满意度 rows (R-SE-03: scored as positive quantitative). */
function isSatisfaction(indicator: Indicator): boolean {
  return indicator.level1 === 'satisfaction' || indicator.level2 === 'serviceSatisfaction' || indicator.scoringRule === 'satisfaction';
}

/** 时间类 targets (`2024年内`, `2024年12月31日前`) are judged like 定性 rows. */
function isDateTarget(t: QuantitativeTarget): boolean {
  return t.period != null && t.period.kind !== 'days' && t.period.kind !== 'months';
}

function scoreQualitative(indicator: Indicator, weight: number, manual: number | null | undefined): IndicatorScore {
  const fromText = classifyQualitativeActual(indicator.actualText);
  const band = fromText ?? (manual != null ? findScoreBand(manual, weight) : null);
  const base = { kind: 'qualitative' as const, overAchievement: false };
  if (band == null) {
    return { ...base, score: 0, exactScore: 0, formula: '未填实际完成值 → 0', achieved: false, needsDeviationReason: true, problem: '未填实际完成值' };
  }
  const def = QUALITATIVE_BANDS[band];
  const range = band === 'achieved' ? `[0.8w,w]` : band === 'partial' ? `[0.6w,0.8w)` : `[0,0.6w)`;
  const achieved = band === 'achieved';
  if (manual != null && validateQualitativeScore(band, manual, weight)) {
    const source = fromText ? '' : '（等级由得分推定）';
    return { ...base, band, score: roundScore(manual), exactScore: manual, formula: `${def.label} ${range} → 人工评分 ${formatNumber(manual)}${source}`, achieved, needsDeviationReason: !achieved };
  }
  const proposed = proposeQualitativeScore(band, weight);
  const share = def.proposed === 1 ? 'w' : `${def.proposed}w`;
  return {
    ...base,
    band,
    score: roundScore(proposed),
    exactScore: proposed,
    formula: `${def.label} ${range} → ${share} = ${formatNumber(roundScore(proposed))}`,
    achieved,
    needsDeviationReason: !achieved,
  };
}

/**
 * Scores one indicator with the R-SE-03 formulas (w = points, t = target, a = actual in the target's unit):
 * positive (≥, >, and = with t>0) `a≥t ? w : w·a/t`; reverse (≤, <) `a≤t ? w : a≥2t ? 0 : w·(1−(a−t)/t)` or `w·t/a`;
 * zero target (=0) `a≤0 ? w : 0`; 定性 bands 达成/部分达成/未达成 with a proposed w/0.7w/0.3w or a validated manual
 * score; 满意度 as positive. R-SE-04: a ≥ 1.3·t is over-achievement and, like a miss, needs a deviation reason.
 */
export function scoreIndicator(indicator: Indicator, weight: number, options: ScoreIndicatorOptions = {}): IndicatorScore {
  const profile = options.profile ?? DEFAULT_SCORING_PROFILE;
  const target = indicator.target;
  if (!isQuantitative(target) || isDateTarget(target)) return scoreQualitative(indicator, weight, options.manualScore);
  const converted = convertToTargetUnit(target, indicator.actual, indicator.actualText);
  const w = formatNumber(weight);
  const t = target.value;
  const satisfaction = isSatisfaction(indicator);
  const reverse = target.op === '<=' || target.op === '<';
  const kind: IndicatorScoreKind = t === 0 && (target.op === '=' || reverse) ? 'zero-target' : reverse ? 'reverse' : satisfaction ? 'satisfaction' : 'positive';
  if (converted.value == null && indicator.actualText && !/\d/.test(indicator.actualText) && classifyQualitativeActual(indicator.actualText)) {
    const judged = scoreQualitative(indicator, weight, options.manualScore);
    return { ...judged, formula: `实际完成值为文字，按定性评分：${judged.formula}` };
  }
  if (converted.value == null) {
    const kept = options.manualScore ?? indicator.score;
    const problem = converted.problem ?? '无法比较';
    if (kept != null) return { kind, score: roundScore(kept), exactScore: kept, formula: `无法复核（${problem}），沿用表上得分`, achieved: false, needsDeviationReason: true, overAchievement: false, problem };
    return { kind, score: 0, exactScore: 0, formula: `${problem} → 0`, achieved: false, needsDeviationReason: true, overAchievement: false, problem };
  }
  const a = converted.value;
  const sa = formatNumber(a);
  const st = formatNumber(t);
  const done = (formula: string, exact: number, achieved: boolean, over = false): IndicatorScore => ({
    kind,
    score: roundScore(exact),
    exactScore: exact,
    formula,
    achieved,
    needsDeviationReason: !achieved || over,
    overAchievement: over,
    actualValue: a,
  });
  if (kind === 'zero-target') return a <= 0 ? done('a≤0 → w', weight, true) : done(`a>0 → 0（a = ${sa}）`, 0, false);
  if (kind === 'reverse') {
    if (a <= t) return done('a≤t → w', weight, true);
    if (profile.reverseFormula === 'ratio') {
      const exact = (weight * t) / a;
      return done(`w·t/a = ${w}×${st}/${sa} = ${formatNumber(roundScore(exact))}`, exact, false);
    }
    if (a >= 2 * t) return done(`a≥2t → 0（a = ${sa}，t = ${st}）`, 0, false);
    const exact = weight * (1 - (a - t) / t);
    return done(`w·(1−(a−t)/t) = ${w}×(1−(${sa}−${st})/${st}) = ${formatNumber(roundScore(exact))}`, exact, false);
  }
  if (a >= t) {
    const over = t > 0 && a >= Number((profile.overAchievementRatio * t).toPrecision(12));
    return done(over ? `a≥t → w（a = ${sa} ≥ ${profile.overAchievementRatio}t，超额完成须说明原因）` : 'a≥t → w', weight, true, over);
  }
  const exact = t > 0 ? Math.max(0, (weight * a) / t) : 0;
  return done(`w·a/t = ${w}×${sa}/${st} = ${formatNumber(roundScore(exact))}`, exact, false);
}
