import type { ExecutionScore } from './score-execution';
import type { IndicatorScoreLine } from './summarize-project-score';
import type { ScoringProfile } from './scoring-profile';

export interface InflationFlag {
  readonly rule: 'R-SE-06';
  /** The total judged: the printed one when the form has it, else the recomputed one. */
  readonly total: number;
  readonly executionRate: number | null;
  /** Indexes (in the project's indicators) of targets not reached. */
  readonly missedIndicators: readonly number[];
  readonly message: string;
}

interface FlagInput {
  readonly indicators: readonly IndicatorScoreLine[];
  readonly execution: ExecutionScore | null;
  readonly printedTotal: number | null;
  readonly total: number;
  readonly profile: ScoringProfile;
}

/** R-SE-06: a total ≥ 95 while 执行率 < 80% or any actual falls short of its target suggests an inflated self-evaluation. */
export function flagInflatedScore(input: FlagInput): InflationFlag | null {
  const p = input.profile;
  const total = input.printedTotal ?? input.total;
  if (total < p.inflationTotal) return null;
  const rate = input.execution?.rate ?? null;
  const lowRate = rate != null && rate < p.inflationExecutionRate;
  const missed = input.indicators.filter((l) => !l.achieved && l.problem == null).map((l) => l.index);
  if (!lowRate && missed.length === 0) return null;
  const reasons: string[] = [];
  if (lowRate) reasons.push(`预算执行率仅${(rate * 100).toFixed(2)}%`);
  if (missed.length > 0) reasons.push(`${missed.length}个指标未达到年度指标值（${missed.map((i) => input.indicators.find((l) => l.index === i)?.name).join('、')}）`);
  return { rule: 'R-SE-06', total, executionRate: rate, missedIndicators: missed, message: `自评总分${total}分（≥${p.inflationTotal}），但${reasons.join('，')}，可能存在自评虚高` };
}
