import type { Indicator } from '../model/indicator';
import type { Level2 } from '../model/taxonomy';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring-profile';

/** The three scored 一级 groups of R-SE-01 (成本, a 一级 of the S101 profile, counts as 产出). */
export type WeightGroup = 'output' | 'outcome' | 'satisfaction';

export interface AssignedWeights {
  /** Points per indicator, in the order given. */
  readonly weights: readonly number[];
  readonly source: 'form' | 'default';
  /** Default weights only: points per group after redistribution. */
  readonly groups?: Readonly<Record<WeightGroup, number>>;
}

const OUTCOME_L2: ReadonlySet<Level2> = new Set(['economicBenefit', 'socialBenefit', 'ecologicalBenefit', 'sustainability']);

/** The R-SE-01 group of an indicator: by 一级, else by 二级, else 产出. */
export function findWeightGroup(indicator: Indicator): WeightGroup {
  if (indicator.level1 === 'satisfaction' || indicator.level2 === 'serviceSatisfaction') return 'satisfaction';
  if (indicator.level1 === 'outcome' || (indicator.level1 == null && indicator.level2 != null && OUTCOME_L2.has(indicator.level2))) return 'outcome';
  return 'output';
}

/** Splits `points` into `count` parts of whole cents that add up exactly (largest remainder: 50/3 → 16.67, 16.67, 16.66). */
export function splitPoints(points: number, count: number): number[] {
  if (count === 0) return [];
  const cents = Math.round(points * 100);
  const base = Math.floor(cents / count);
  const extra = cents - base * count;
  return Array.from({ length: count }, (_, i) => (base + (i < extra ? 1 : 0)) / 100);
}

function redistribute(present: Readonly<Record<WeightGroup, number>>, profile: ScoringProfile): Record<WeightGroup, number> {
  const d = profile.defaultWeights;
  const points: Record<WeightGroup, number> = { output: d.output, outcome: d.outcome, satisfaction: d.satisfaction };
  const groups = Object.keys(points) as WeightGroup[];
  const absent = groups.filter((g) => present[g] === 0);
  const kept = groups.filter((g) => present[g] > 0);
  const freed = absent.reduce((sum, g) => sum + points[g], 0);
  for (const g of absent) points[g] = 0;
  if (freed === 0 || kept.length === 0 || profile.redistributeAbsent === 'none') return points;
  if (profile.redistributeAbsent === 'output' && present.output > 0) {
    points.output += freed;
    return points;
  }
  const keptTotal = kept.reduce((sum, g) => sum + points[g], 0);
  let given = 0;
  kept.forEach((g, i) => {
    const share = i === kept.length - 1 ? Math.round((freed - given) * 100) / 100 : Math.round(((freed * points[g]) / keptTotal) * 100) / 100;
    given += share;
    points[g] = Math.round((points[g] + share) * 100) / 100;
  });
  return points;
}

/**
 * R-SE-01 weights: the form's 分值 (002-style 指标分值权重, 自评表 分值) when every indicator has one, else the default
 * 产出 50 / 效益 30 / 满意度 10 spread evenly over each group's indicators; an absent group's points are redistributed as the
 * profile says (proportional by default, so without 满意度: 产出 56.25, 效益 33.75).
 */
export function assignWeights(indicators: readonly Indicator[], profile: ScoringProfile = DEFAULT_SCORING_PROFILE): AssignedWeights {
  const formHasAll = indicators.length > 0 && indicators.every((i) => i.weight != null);
  if (profile.weights === 'form' || (profile.weights === 'auto' && formHasAll)) {
    return { weights: indicators.map((i) => i.weight ?? 0), source: 'form' };
  }
  const groupOf = indicators.map(findWeightGroup);
  const counts: Record<WeightGroup, number> = { output: 0, outcome: 0, satisfaction: 0 };
  for (const g of groupOf) counts[g] += 1;
  const groups = redistribute(counts, profile);
  const parts: Record<WeightGroup, number[]> = {
    output: splitPoints(groups.output, counts.output),
    outcome: splitPoints(groups.outcome, counts.outcome),
    satisfaction: splitPoints(groups.satisfaction, counts.satisfaction),
  };
  const next: Record<WeightGroup, number> = { output: 0, outcome: 0, satisfaction: 0 };
  const weights = groupOf.map((g) => parts[g][next[g]++] ?? 0);
  return { weights, source: 'default', groups };
}
