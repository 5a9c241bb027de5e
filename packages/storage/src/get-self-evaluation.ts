import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import type { ScoreOverrideRecord, SelfEvaluationStatus, StoredSelfEvaluation } from './self-evaluation-record';

/** Overrides of a project, oldest first (the latest per position applies). */
export async function listScoreOverrides(db: Kysely<Schema>, projectId: string): Promise<ScoreOverrideRecord[]> {
  const rows = await db.selectFrom('score_overrides').selectAll().where('project_id', '=', projectId).orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    position: r.position,
    score: Number(r.score),
    previousScore: Number(r.previous_score),
    reason: r.reason,
    reviewerId: r.reviewer_id,
    reviewerName: r.reviewer_name,
    at: r.at,
  }));
}

/** The project's self-evaluation with its entries (by position) and overrides, or null when none was saved. */
export async function getSelfEvaluation(db: Kysely<Schema>, projectId: string): Promise<StoredSelfEvaluation | null> {
  const row = await db.selectFrom('self_evaluations').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  const overrides = await listScoreOverrides(db, projectId);
  if (!row) {
    if (overrides.length === 0) return null;
  }
  const entries = row
    ? await db.selectFrom('self_evaluation_entries').selectAll().where('project_id', '=', projectId).orderBy('position').execute()
    : [];
  const now = new Date(0).toISOString();
  return {
    projectId,
    status: (row?.status ?? 'draft') as SelfEvaluationStatus,
    version: row?.version ?? 0,
    budget: row?.budget == null ? null : Number(row.budget),
    executed: row?.executed == null ? null : Number(row.executed),
    achievedGoals: row?.achieved_goals ?? null,
    printedTotal: row?.printed_total == null ? null : Number(row.printed_total),
    printedExecutionScore: row?.printed_execution_score == null ? null : Number(row.printed_execution_score),
    source: row?.source === 'import' ? 'import' : 'entry',
    sourceFile: row?.source_file ?? null,
    entries: entries.map((e) => ({
      position: e.position,
      actualText: e.actual_text,
      deviationReason: e.deviation_reason,
      improvementMeasure: e.improvement_measure,
      printedScore: e.printed_score == null ? null : Number(e.printed_score),
      formWeight: e.form_weight == null ? null : Number(e.form_weight),
    })),
    overrides,
    createdAt: row?.created_at ?? now,
    updatedAt: row?.updated_at ?? now,
    updatedBy: row?.updated_by ?? '',
  };
}

/** Self-evaluations of many projects (department summaries), keyed by project id. */
export async function getSelfEvaluations(db: Kysely<Schema>, projectIds: readonly string[]): Promise<Map<string, StoredSelfEvaluation>> {
  const out = new Map<string, StoredSelfEvaluation>();
  for (let i = 0; i < projectIds.length; i += 500) {
    const chunk = projectIds.slice(i, i + 500);
    const rows = await db.selectFrom('self_evaluations').select('project_id').where('project_id', 'in', chunk).execute();
    for (const r of rows) {
      const se = await getSelfEvaluation(db, r.project_id);
      if (se) out.set(r.project_id, se);
    }
  }
  return out;
}
