import type { ReviewGrade } from '../review/grade-findings';
import type { AssignedWeights } from './assign-weights';
import { checkPrintedScores } from './check-printed-scores';
import { flagInflatedScore, type InflationFlag } from './flag-inflated-score';
import { gradeSelfEvaluation } from './grade-self-evaluation';
import { roundScore } from './round-score';
import type { ExecutionScore } from './score-execution';
import type { ScoreFinding } from './score-finding';
import type { IndicatorScore } from './score-indicator';
import type { ScoringProfile } from './scoring-profile';

/** A reviewer's manual score with its reason (R-SE-04 deductions, 定性 judgements). */
export interface ScoreOverride {
  readonly score: number;
  readonly reason: string;
  /** The score the rules gave before the override. */
  readonly previousScore: number;
}

export interface IndicatorScoreLine extends IndicatorScore {
  /** Index in the project's `indicators`. */
  readonly index: number;
  readonly name: string;
  readonly targetText: string | null;
  readonly actualText: string | null;
  readonly weight: number;
  /** 得分 as printed on the form. */
  readonly printedScore: number | null;
  readonly deviationReason: string | null;
  /** R-SE-02: a reason is needed and the form has none. */
  readonly deviationReasonMissing: boolean;
  readonly override?: ScoreOverride;
}

export interface ProjectScoreParts {
  readonly name: string;
  /** Index of the project in its document (for finding locations). */
  readonly projectIndex: number;
  readonly indicators: readonly IndicatorScoreLine[];
  readonly execution: ExecutionScore | null;
  /** 总分 as printed. */
  readonly printedTotal: number | null;
  readonly weightSource: AssignedWeights['source'];
  readonly profile: ScoringProfile;
}

export interface ProjectScore extends ProjectScoreParts {
  /** Σ indicator scores + execution score, rounded to 2 decimals (R-SE-03). */
  readonly total: number;
  readonly grade: ReviewGrade;
  /** R-SE-06, or null. */
  readonly inflation: InflationFlag | null;
  readonly findings: readonly ScoreFinding[];
}

/** Adds the total, grade, R-SE-06 flag and score-mismatch findings to scored lines (also used after an override). */
export function summarizeProjectScore(parts: ProjectScoreParts): ProjectScore {
  const sum = parts.indicators.reduce((s, line) => s + line.score, 0) + (parts.execution?.score ?? 0);
  const total = roundScore(sum);
  const partial = { ...parts, total, grade: gradeSelfEvaluation(total, parts.profile) };
  return { ...partial, inflation: flagInflatedScore(partial), findings: checkPrintedScores(partial) };
}
