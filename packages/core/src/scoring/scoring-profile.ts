/** Where the points of an absent level-1 category go (R-SE-01: redistribution by configuration). */
export type Redistribution = 'proportional' | 'output' | 'none';

/** Settings of self-evaluation scoring (rules.md §4). Every default is the rule's default. */
export interface ScoringProfile {
  /** R-SE-01: default 一级 points, spread evenly over each category's indicators when the form has no 分值. */
  readonly defaultWeights: { readonly output: number; readonly outcome: number; readonly satisfaction: number };
  /** R-SE-01 / R-SE-03: points of 预算执行率 when the form does not print them. */
  readonly executionWeight: number;
  /** 'auto': the form's 分值 when every indicator has one, else the defaults. */
  readonly weights: 'auto' | 'form' | 'default';
  /** R-SE-01: points of an absent category (typically 满意度) go to the present ones in proportion, to 产出, or nowhere. */
  readonly redistributeAbsent: Redistribution;
  /** R-SE-03: reverse formula; 'linear' = w·(1−(a−t)/t), 'ratio' = w·t/a (some provinces). */
  readonly reverseFormula: 'linear' | 'ratio';
  /** R-SE-04: a ≥ ratio·t is over-achievement and needs an explanation. */
  readonly overAchievementRatio: number;
  /** R-SE-05 grade bands (lower bounds). */
  readonly gradeBands: { readonly excellent: number; readonly good: number; readonly fair: number };
  /** R-SE-06: a total at or above this while 执行率 is below `inflationExecutionRate` or any target is missed is flagged. */
  readonly inflationTotal: number;
  readonly inflationExecutionRate: number;
  /** Printed and recomputed scores differing by more than this are reported. */
  readonly tolerance: number;
}

export const DEFAULT_SCORING_PROFILE: ScoringProfile = {
  defaultWeights: { output: 50, outcome: 30, satisfaction: 10 },
  executionWeight: 10,
  weights: 'auto',
  redistributeAbsent: 'proportional',
  reverseFormula: 'linear',
  overAchievementRatio: 1.3,
  gradeBands: { excellent: 90, good: 80, fair: 60 },
  inflationTotal: 95,
  inflationExecutionRate: 0.8,
  tolerance: 0.01,
};
