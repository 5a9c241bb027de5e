import { QUALITATIVE_BANDS } from './qualitative-band';
import { formatNumber } from './round-score';
import type { ExecutionScore } from './score-execution';
import type { ScoreFinding } from './score-finding';
import type { IndicatorScoreLine } from './summarize-project-score';
import type { ScoringProfile } from './scoring-profile';

interface CheckInput {
  readonly projectIndex: number;
  readonly indicators: readonly IndicatorScoreLine[];
  readonly execution: ExecutionScore | null;
  readonly printedTotal: number | null;
  readonly total: number;
  readonly profile: ScoringProfile;
}

const SUGGESTION = '按自评计分规则（R-SE-03）更正得分；确需保留原分的，由审核人员填写理由后人工调整。';

function explainLine(line: IndicatorScoreLine): string {
  if (line.band && line.kind === 'qualitative') {
    const band = QUALITATIVE_BANDS[line.band];
    const hi = band.to === 1 ? 'w' : `${band.to}w`;
    return `：实际完成情况属“${band.label}”，得分应在${band.from}w～${hi}之间`;
  }
  if (!line.achieved) return `：实际完成值${line.actualText ?? '—'}未达到年度指标值${line.targetText ?? '—'}`;
  return '';
}

function makeFinding(input: CheckInput, indicator: number | null, field: string, message: string, printed: number, expected: number, extra: Record<string, string | number | null>): ScoreFinding {
  return {
    rule: 'R-SE-03',
    category: 'score-mismatch',
    severity: printed > expected ? 'error' : 'warning',
    dimension: '适当性',
    blocking: false,
    message,
    suggestion: SUGGESTION,
    location: { project: input.projectIndex, indicator, field },
    evidence: { printedScore: printed, expectedScore: expected, difference: Number((printed - expected).toFixed(2)), ...extra },
  };
}

/**
 * Compares each printed 得分 (indicators, 预算执行率, 总分) with the recomputed one and returns a `score-mismatch` finding per
 * difference larger than the profile's tolerance, with both numbers and the formula.
 */
export function checkPrintedScores(input: CheckInput): ScoreFinding[] {
  const tol = input.profile.tolerance + 1e-9;
  const out: ScoreFinding[] = [];
  for (const line of input.indicators) {
    if (line.printedScore == null || line.problem != null) continue;
    if (Math.abs(line.printedScore - line.exactScore) <= tol) continue;
    const message = `指标“${line.name}”表上得分${formatNumber(line.printedScore)}分，按规则应为${formatNumber(line.score)}分（${line.formula}）${explainLine(line)}`;
    out.push(
      makeFinding(input, line.index, `indicators[${line.index}].score`, message, line.printedScore, line.score, {
        weight: line.weight,
        targetText: line.targetText,
        actualText: line.actualText,
        formula: line.formula,
      }),
    );
  }
  const ex = input.execution;
  if (ex && ex.printedScore != null && Math.abs(ex.printedScore - ex.exactScore) > tol) {
    const message = `预算执行率表上得分${formatNumber(ex.printedScore)}分，按规则应为${formatNumber(ex.score)}分（${ex.formula}）`;
    out.push(makeFinding(input, null, 'execution.score', message, ex.printedScore, ex.score, { weight: ex.weight, formula: ex.formula }));
  }
  if (input.printedTotal != null && Math.abs(input.printedTotal - input.total) > tol) {
    const diff = formatNumber(Math.abs(input.printedTotal - input.total));
    const message = `表上总分${formatNumber(input.printedTotal)}分，按规则复核为${formatNumber(input.total)}分（相差${diff}分）`;
    out.push(makeFinding(input, null, 'total', message, input.printedTotal, input.total, { formula: 'Σ指标得分 + 预算执行率得分' }));
  }
  return out;
}
