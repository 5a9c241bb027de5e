import { getSelfEvaluation, saveSelfEvaluation, type Database } from '@jixiao/storage';
import type { Actor } from './actor';
import { buildSelfEvaluationView, type SelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { SELF_EVALUATION_EDIT_ROLES, getSelfEvaluationView } from './get-self-evaluation-view';
import { loadVisibleProject } from './load-visible-project';
import { requireRole } from './require-role';

export interface SelfEvaluationEntryInput {
  readonly position: number;
  readonly actualText: string | null;
  readonly deviationReason: string | null;
  readonly improvementMeasure: string | null;
}

export interface SaveSelfEvaluationInput {
  /** The version read (0 when there was none). */
  readonly version: number;
  /** `submitted` is refused while a required deviation reason is missing. */
  readonly status: 'draft' | 'submitted';
  /** 全年预算数 / 全年执行数 in fen. */
  readonly budget: number | null;
  readonly executed: number | null;
  readonly achievedGoals: string | null;
  readonly entries: readonly SelfEvaluationEntryInput[];
}

const MAX_TEXT = 2000;

function clean(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return t === '' ? null : t;
}

/** Chinese validation messages for what cannot be stored at all. */
function validate(input: SaveSelfEvaluationInput, indicatorCount: number): void {
  const fail = (field: string, message: string): never => {
    throw new DomainError('validation', { field }, message);
  };
  const seen = new Set<number>();
  for (const e of input.entries) {
    if (!Number.isInteger(e.position) || e.position < 0 || e.position >= indicatorCount) fail('entries.position', `第${e.position + 1}个绩效指标不存在`);
    if (seen.has(e.position)) fail('entries.position', `第${e.position + 1}个绩效指标重复填写`);
    seen.add(e.position);
    for (const [k, v] of [['actualText', e.actualText], ['deviationReason', e.deviationReason], ['improvementMeasure', e.improvementMeasure]] as const) {
      if (v != null && v.length > MAX_TEXT) fail(`entries.${k}`, `第${e.position + 1}个指标的内容过长（最多${MAX_TEXT}字）`);
    }
  }
  for (const [field, label, v] of [['budget', '全年预算数', input.budget], ['executed', '全年执行数', input.executed]] as const) {
    if (v != null && (!Number.isSafeInteger(v) || v < 0)) fail(field, `${label}应为不小于0的金额`);
  }
  if (input.achievedGoals != null && input.achievedGoals.length > 10 * MAX_TEXT) fail('achievedGoals', '年度总体目标实际完成情况内容过长');
}

/**
 * Saves the year-end actuals of a project (preparer / unit head of its unit). Refused with
 * `version-conflict` (409) when someone saved in between. Missing deviation reasons are error findings
 * of the returned view; submitting (`status: 'submitted'`) is refused while any remains.
 */
export async function saveSelfEvaluationActuals(db: Db, actor: Actor, projectId: string, input: SaveSelfEvaluationInput): Promise<SelfEvaluationView> {
  const stored = await loadVisibleProject(db, actor, projectId);
  requireRole(actor, SELF_EVALUATION_EDIT_ROLES);
  validate(input, stored.project.indicators.length);
  const current = await getSelfEvaluation(db, projectId);
  const entries = input.entries.map((e) => ({
    position: e.position,
    // The 分值 of an imported form stays the weight of its row.
    formWeight: current?.entries.find((c) => c.position === e.position)?.formWeight ?? null,
    actualText: clean(e.actualText),
    deviationReason: clean(e.deviationReason),
    improvementMeasure: clean(e.improvementMeasure),
    // A changed actual invalidates the printed score of an imported form.
    printedScore: current?.entries.find((c) => c.position === e.position && c.actualText === clean(e.actualText))?.printedScore ?? null,
  }));
  const next = {
    projectId,
    expectedVersion: input.version,
    status: input.status,
    budget: input.budget,
    executed: input.executed,
    achievedGoals: clean(input.achievedGoals),
    printedTotal: current?.source === 'import' ? current.printedTotal : null,
    printedExecutionScore: current?.source === 'import' && current.budget === input.budget && current.executed === input.executed ? current.printedExecutionScore : null,
    source: current?.source ?? 'entry',
    sourceFile: current?.sourceFile ?? null,
    entries,
    actor: actor.username,
  } as const;
  if (input.status === 'submitted') {
    const preview = buildSelfEvaluationView(stored, { ...(current ?? emptyStored(projectId)), ...next, version: input.version, overrides: current?.overrides ?? [] });
    const missing = preview.findings.filter((f) => f.category === 'deviation-reason-missing');
    if (missing.length > 0) throw new DomainError('validation', { field: 'entries.deviationReason', findings: missing.map((f) => f.message) }, `不能提交：${missing[0]!.message}${missing.length > 1 ? `（共${missing.length}处）` : ''}`);
  }
  try {
    await saveSelfEvaluation(db as Database['db'], next);
  } catch (e) {
    throw toDomainError(e);
  }
  return getSelfEvaluationView(db, actor, projectId);
}

function emptyStored(projectId: string) {
  return {
    projectId,
    status: 'draft' as const,
    version: 0,
    budget: null,
    executed: null,
    achievedGoals: null,
    printedTotal: null,
    printedExecutionScore: null,
    source: 'entry' as const,
    sourceFile: null,
    entries: [],
    overrides: [],
    createdAt: '',
    updatedAt: '',
    updatedBy: '',
  };
}
