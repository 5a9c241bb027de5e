import { formatNumber, roundScore } from './round-score';
import { summarizeProjectScore, type ProjectScore } from './summarize-project-score';

/**
 * A reviewer's override of one indicator's score (R-SE-04 deductions, 定性 judgements). The reason is required and the
 * score must lie in [0, w]. Returns a new result with the override recorded and the total, grade, flag and findings
 * recomputed; `indicatorIndex` is the index in the project's indicators. Throws on a missing reason or a bad score.
 */
export function overrideScore(result: ProjectScore, indicatorIndex: number, score: number, reason: string): ProjectScore {
  const line = result.indicators.find((l) => l.index === indicatorIndex);
  if (!line) throw new RangeError(`没有第${indicatorIndex + 1}个指标`);
  if (!reason.trim()) throw new Error(`调整指标“${line.name}”的得分必须填写理由`);
  if (!Number.isFinite(score) || score < 0 || score > line.weight) throw new RangeError(`指标“${line.name}”的得分应在0～${formatNumber(line.weight)}分之间`);
  const previousScore = line.override?.previousScore ?? line.score;
  const updated = {
    ...line,
    score: roundScore(score),
    exactScore: score,
    formula: `人工调整 ${formatNumber(previousScore)} → ${formatNumber(score)}（${reason.trim()}）`,
    override: { score, reason: reason.trim(), previousScore },
  };
  return summarizeProjectScore({ ...result, indicators: result.indicators.map((l) => (l.index === indicatorIndex ? updated : l)) });
}
