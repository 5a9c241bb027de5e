import {
  GRADE_LABELS,
  QUALITATIVE_BANDS,
  DEFAULT_SCORING_PROFILE,
  formatNumber,
  overrideScore,
  parseTargetValue,
  scoreProject,
  type Fen,
  type Project,
  type ProjectScore,
  type ReviewGrade,
} from '@jixiao/core';
import type { ScoreOverrideRecord, StoredProject, StoredSelfEvaluation } from '@jixiao/storage';

export type SelfEvaluationFindingCategory = 'score-mismatch' | 'deviation-reason-missing' | 'inflated-score';

/** A problem of a self-evaluation: a printed score the rules do not reproduce, a missing deviation reason, R-SE-06. */
export interface SelfEvaluationFinding {
  readonly category: SelfEvaluationFindingCategory;
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Indicator position, or null for the execution block / total. */
  readonly indicator: number | null;
  readonly field: string;
  readonly evidence: Readonly<Record<string, unknown>>;
}

export interface SelfEvaluationIndicatorView {
  /** Position in the project's indicators. */
  readonly position: number;
  readonly level1Text: string | null;
  readonly level2Text: string | null;
  readonly name: string;
  readonly targetText: string | null;
  readonly actualText: string | null;
  readonly weight: number;
  /** The score that counts (the override's when there is one). */
  readonly score: number;
  /** The score the rules give. */
  readonly computedScore: number;
  readonly formula: string;
  readonly kind: string;
  /** 定性: 达成 / 部分达成 / 未达成 label. */
  readonly band: string | null;
  readonly achieved: boolean;
  readonly overAchievement: boolean;
  /** R-SE-02 / R-SE-04: a deviation reason is required (missed, or a ≥ 1.3·t). */
  readonly reasonRequired: boolean;
  readonly deviationReason: string | null;
  readonly improvementMeasure: string | null;
  readonly printedScore: number | null;
  /** The printed score differs from the rules' one. */
  readonly mismatch: boolean;
  readonly problem: string | null;
  readonly override: { readonly score: number; readonly previousScore: number; readonly reason: string; readonly reviewerName: string; readonly at: string } | null;
}

export interface SelfEvaluationView {
  readonly projectId: string;
  readonly projectName: string;
  readonly projectCode: string | null;
  readonly fiscalYear: number | null;
  readonly unitName: string | null;
  /** 0 when nothing has been saved yet. */
  readonly version: number;
  readonly status: 'draft' | 'submitted';
  readonly source: 'entry' | 'import';
  readonly sourceFile: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  /** 年度总体目标: 预期 (the project's goals) and 实际完成情况. */
  readonly goals: readonly string[];
  readonly achievedGoals: string | null;
  readonly execution: {
    readonly budget: Fen | null;
    readonly executed: Fen | null;
    readonly rate: number | null;
    readonly weight: number;
    readonly score: number;
    readonly printedScore: number | null;
    readonly formula: string;
  };
  readonly weightSource: 'form' | 'default';
  readonly indicators: readonly SelfEvaluationIndicatorView[];
  readonly total: number;
  readonly printedTotal: number | null;
  readonly grade: ReviewGrade;
  readonly gradeLabel: string;
  readonly findings: readonly SelfEvaluationFinding[];
}

/** The project with the self-evaluation's actuals, reasons and printed scores merged into its indicators. */
export function mergeSelfEvaluation(project: Project, se: StoredSelfEvaluation | null): Project {
  const byPosition = new Map((se?.entries ?? []).map((e) => [e.position, e]));
  const indicators = project.indicators.map((indicator, position) => {
    const e = byPosition.get(position);
    const actualText = e?.actualText?.trim() ? e.actualText.trim() : null;
    return {
      ...indicator,
      // R-SE-01: the project's 分值, else the one printed on the imported form.
      weight: indicator.weight ?? e?.formWeight ?? null,
      actualText,
      actual: actualText ? parseTargetValue(actualText).target : null,
      score: e?.printedScore ?? null,
      deviationReason: e?.deviationReason?.trim() ? e.deviationReason.trim() : null,
    };
  });
  const hasExecution = se != null && (se.budget != null || se.executed != null || se.printedExecutionScore != null);
  return {
    ...project,
    indicators,
    execution: hasExecution ? { budget: se.budget, executed: se.executed, rate: null, weight: null, score: se.printedExecutionScore } : { budget: project.funds.total, executed: null, rate: null, weight: null, score: null },
    printedTotal: se?.printedTotal ?? null,
  };
}

/** Applies the latest valid override per indicator position. */
function applyOverrides(result: ProjectScore, overrides: readonly ScoreOverrideRecord[]): { result: ProjectScore; applied: Map<number, ScoreOverrideRecord> } {
  const latest = new Map<number, ScoreOverrideRecord>();
  for (const o of overrides) latest.set(o.position, o);
  let out = result;
  const applied = new Map<number, ScoreOverrideRecord>();
  for (const [position, o] of latest) {
    const line = out.indicators.find((l) => l.index === position);
    if (!line || o.score > line.weight || o.score < 0) continue;
    out = overrideScore(out, position, o.score, o.reason);
    applied.set(position, o);
  }
  return { result: out, applied };
}

function reasonFinding(line: ProjectScore['indicators'][number]): SelfEvaluationFinding {
  const over = line.overAchievement;
  const message = over
    ? `指标“${line.name}”实际完成值${line.actualText ?? ''}达到年度指标值${line.targetText ?? ''}的${formatNumber(DEFAULT_SCORING_PROFILE.overAchievementRatio * 100)}%以上（目标可能设置偏低），须填写偏差原因分析`
    : `指标“${line.name}”未达到年度指标值${line.targetText ?? ''}（实际完成值${line.actualText ?? '未填'}），须填写偏差原因分析及改进措施`;
  return {
    category: 'deviation-reason-missing',
    rule: over ? 'R-SE-04' : 'R-SE-02',
    severity: 'error',
    message,
    indicator: line.index,
    field: `indicators[${line.index}].deviationReason`,
    evidence: { targetText: line.targetText, actualText: line.actualText, overAchievement: over },
  };
}

/**
 * Scores a stored project's self-evaluation with the R-SE rules (formula per indicator, weights, 预算执行率, total,
 * grade), applies reviewer overrides, and lists the findings: printed scores the rules do not reproduce
 * (`score-mismatch`), missing deviation reasons, and the R-SE-06 flag.
 */
export function buildSelfEvaluationView(stored: StoredProject, se: StoredSelfEvaluation | null, unitName: string | null = null): SelfEvaluationView {
  const merged = mergeSelfEvaluation(stored.project, se);
  const scored = scoreProject(merged);
  const { result, applied } = applyOverrides(scored, se?.overrides ?? []);
  const computed = new Map(scored.indicators.map((l) => [l.index, l]));
  const mismatched = new Set(scored.findings.filter((f) => f.location.indicator != null).map((f) => f.location.indicator as number));
  const entries = new Map((se?.entries ?? []).map((e) => [e.position, e]));
  const indicators: SelfEvaluationIndicatorView[] = result.indicators.map((l) => {
    const source = stored.project.indicators[l.index]!;
    const o = applied.get(l.index);
    return {
      position: l.index,
      level1Text: source.level1Text,
      level2Text: source.level2Text,
      name: l.name,
      targetText: l.targetText,
      actualText: l.actualText,
      weight: l.weight,
      score: l.score,
      computedScore: computed.get(l.index)?.score ?? l.score,
      formula: l.formula,
      kind: l.kind,
      band: l.band ? QUALITATIVE_BANDS[l.band].label : null,
      achieved: l.achieved,
      overAchievement: l.overAchievement,
      reasonRequired: l.needsDeviationReason && l.actualText != null,
      deviationReason: l.deviationReason,
      improvementMeasure: entries.get(l.index)?.improvementMeasure ?? null,
      printedScore: l.printedScore,
      mismatch: mismatched.has(l.index),
      problem: l.problem ?? null,
      override: o ? { score: o.score, previousScore: o.previousScore, reason: o.reason, reviewerName: o.reviewerName, at: o.at } : null,
    };
  });
  const findings: SelfEvaluationFinding[] = [];
  for (const f of scored.findings) {
    findings.push({ category: 'score-mismatch', rule: f.rule, severity: f.severity === 'error' ? 'error' : 'warning', message: f.message, indicator: f.location.indicator, field: f.location.field ?? '', evidence: f.evidence });
  }
  for (const l of result.indicators) if (l.deviationReasonMissing && l.actualText != null) findings.push(reasonFinding(l));
  if (result.inflation) {
    findings.push({ category: 'inflated-score', rule: 'R-SE-06', severity: 'warning', message: result.inflation.message, indicator: null, field: 'total', evidence: { total: result.inflation.total, executionRate: result.inflation.executionRate } });
  }
  const ex = result.execution;
  return {
    projectId: stored.id,
    projectName: stored.project.name,
    projectCode: stored.project.code,
    fiscalYear: stored.project.fiscalYear,
    unitName,
    version: se?.version ?? 0,
    status: se?.status ?? 'draft',
    source: se?.source ?? 'entry',
    sourceFile: se?.sourceFile ?? null,
    updatedAt: se && se.version > 0 ? se.updatedAt : null,
    updatedBy: se && se.version > 0 ? se.updatedBy : null,
    goals: stored.project.goals,
    achievedGoals: se?.achievedGoals ?? null,
    execution: {
      budget: ex?.budget ?? null,
      executed: ex?.executed ?? null,
      rate: ex?.rate ?? null,
      weight: ex?.weight ?? DEFAULT_SCORING_PROFILE.executionWeight,
      score: ex?.score ?? 0,
      printedScore: ex?.printedScore ?? null,
      formula: ex?.formula ?? '无预算执行数据 → 0',
    },
    weightSource: result.weightSource,
    indicators,
    total: result.total,
    printedTotal: result.printedTotal,
    grade: result.grade,
    gradeLabel: GRADE_LABELS[result.grade],
    findings,
  };
}
