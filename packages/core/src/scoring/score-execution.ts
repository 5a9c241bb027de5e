import type { Fen } from '../model/money';
import type { ExecutionSummary } from '../model/project';
import { formatNumber, roundScore } from './round-score';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring-profile';

export interface ExecutionScore {
  /** 全年预算数 in fen. */
  readonly budget: Fen | null;
  /** 全年执行数 in fen. */
  readonly executed: Fen | null;
  /** min(executed/budget, 1), unrounded; null when neither amounts nor a printed rate are given. */
  readonly rate: number | null;
  readonly weight: number;
  /** weight·rate rounded to 2 decimals. */
  readonly score: number;
  readonly exactScore: number;
  readonly printedScore: number | null;
  readonly printedRate: number | null;
  readonly formula: string;
}

/** R-SE-03: `execRate = min(全年执行数 / 全年预算数, 1)`, `execScore = 10·execRate` (10 = the form's 分值 or the profile's). */
export function scoreExecution(execution: ExecutionSummary, profile: ScoringProfile = DEFAULT_SCORING_PROFILE): ExecutionScore {
  const weight = execution.weight ?? profile.executionWeight;
  const w = formatNumber(weight);
  const base = { budget: execution.budget, executed: execution.executed, weight, printedScore: execution.score, printedRate: execution.rate };
  if (execution.budget != null && execution.budget > 0 && execution.executed != null) {
    const ratio = execution.executed / execution.budget;
    const rate = Math.min(ratio, 1);
    const exact = weight * rate;
    const b = formatNumber(execution.budget / 100);
    const e = formatNumber(execution.executed / 100);
    return { ...base, rate, exactScore: exact, score: roundScore(exact), formula: `${w}×min(${e}/${b}, 1) = ${formatNumber(roundScore(exact))}` };
  }
  if (execution.rate != null) {
    const rate = Math.min(execution.rate, 1);
    const exact = weight * rate;
    return { ...base, rate, exactScore: exact, score: roundScore(exact), formula: `${w}×min(表上执行率 ${formatNumber(execution.rate * 100)}%, 1) = ${formatNumber(roundScore(exact))}` };
  }
  return { ...base, rate: null, exactScore: 0, score: 0, formula: '无预算执行数据 → 0' };
}
