import type { Indicator } from '../model/indicator';
import type { Project } from '../model/project';
import { assignWeights } from './assign-weights';
import { scoreExecution } from './score-execution';
import { scoreIndicator } from './score-indicator';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring-profile';
import { summarizeProjectScore, type IndicatorScoreLine, type ProjectScore } from './summarize-project-score';

export interface ScoreProjectOptions {
  readonly profile?: ScoringProfile;
  /** Index of the project in its document, for finding locations. */
  readonly projectIndex?: number;
}

const TOTAL_ROW = /^(总分|合计|总计|自评总分|总得分|得分合计|分值合计)$/;

/** A 总分/合计 row read as an indicator (no target): it carries the printed total, not an indicator. */
export function isTotalRow(indicator: Indicator): boolean {
  return indicator.targetText == null && TOTAL_ROW.test(indicator.name.replace(/\s+/g, ''));
}

/**
 * Scores a self-evaluation (绩效自评) project: R-SE-01 weights, R-SE-03 formulas per indicator and for 预算执行率,
 * R-SE-05 grade, R-SE-06 flag, and a `score-mismatch` finding per printed 得分 the rules do not reproduce.
 */
export function scoreProject(project: Project, options: ScoreProjectOptions = {}): ProjectScore {
  const profile = options.profile ?? DEFAULT_SCORING_PROFILE;
  const rows = project.indicators.map((indicator, index) => ({ indicator, index }));
  const totalRow = rows.find((r) => isTotalRow(r.indicator));
  const scored = rows.filter((r) => !isTotalRow(r.indicator));
  const assigned = assignWeights(
    scored.map((r) => r.indicator),
    profile,
  );
  const indicators: IndicatorScoreLine[] = scored.map(({ indicator, index }, i) => {
    const weight = assigned.weights[i] ?? 0;
    const result = scoreIndicator(indicator, weight, { profile, manualScore: indicator.score });
    return {
      ...result,
      index,
      name: indicator.name,
      targetText: indicator.targetText,
      actualText: indicator.actualText,
      weight,
      printedScore: indicator.score,
      deviationReason: indicator.deviationReason,
      deviationReasonMissing: result.needsDeviationReason && !indicator.deviationReason?.trim(),
    };
  });
  return summarizeProjectScore({
    name: project.name,
    projectIndex: options.projectIndex ?? 0,
    indicators,
    execution: project.execution ? scoreExecution(project.execution, profile) : null,
    printedTotal: project.printedTotal ?? totalRow?.indicator.score ?? null,
    weightSource: assigned.source,
    profile,
  });
}
