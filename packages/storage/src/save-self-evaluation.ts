import type { Fen } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { getSelfEvaluation } from './get-self-evaluation';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import type { SelfEvaluationEntry, SelfEvaluationStatus, StoredSelfEvaluation } from './self-evaluation-record';
import { StorageError } from './storage-error';

export interface SelfEvaluationInput {
  readonly projectId: string;
  /** The version the caller read; 0 when there was no self-evaluation yet. */
  readonly expectedVersion: number;
  readonly status: SelfEvaluationStatus;
  readonly budget: Fen | null;
  readonly executed: Fen | null;
  readonly achievedGoals: string | null;
  readonly printedTotal: number | null;
  readonly printedExecutionScore: number | null;
  readonly source: 'entry' | 'import';
  readonly sourceFile: string | null;
  readonly entries: readonly SelfEvaluationEntry[];
  /** Audit actor (username). */
  readonly actor: string;
}

/**
 * Creates or replaces a project's self-evaluation when `expectedVersion` is the stored one (0 for
 * none); otherwise throws `version-conflict` with the current version, writing nothing. Entries are
 * replaced as a whole. Audited as `self-evaluation.save` / `self-evaluation.import`.
 */
export async function saveSelfEvaluation(db: Kysely<Schema>, input: SelfEvaluationInput): Promise<StoredSelfEvaluation> {
  return runInTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const values = {
      status: input.status,
      budget: input.budget,
      executed: input.executed,
      achieved_goals: input.achievedGoals,
      printed_total: input.printedTotal,
      printed_execution_score: input.printedExecutionScore,
      source: input.source,
      source_file: input.sourceFile,
      updated_at: now,
      updated_by: input.actor,
    };
    if (input.expectedVersion === 0) {
      const existing = await trx.selectFrom('self_evaluations').select('version').where('project_id', '=', input.projectId).executeTakeFirst();
      if (existing) throw new StorageError('version-conflict', { entity: 'self-evaluation', id: input.projectId, expectedVersion: 0, currentVersion: existing.version });
      await trx.insertInto('self_evaluations').values({ project_id: input.projectId, version: 1, created_at: now, ...values }).execute();
    } else {
      const updated = await trx
        .updateTable('self_evaluations')
        .set({ ...values, version: input.expectedVersion + 1 })
        .where('project_id', '=', input.projectId)
        .where('version', '=', input.expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const row = await trx.selectFrom('self_evaluations').select('version').where('project_id', '=', input.projectId).executeTakeFirst();
        throw new StorageError('version-conflict', { entity: 'self-evaluation', id: input.projectId, expectedVersion: input.expectedVersion, currentVersion: row?.version ?? 0 });
      }
      await trx.deleteFrom('self_evaluation_entries').where('project_id', '=', input.projectId).execute();
    }
    if (input.entries.length > 0) {
      await trx
        .insertInto('self_evaluation_entries')
        .values(
          input.entries.map((e) => ({
            project_id: input.projectId,
            position: e.position,
            actual_text: e.actualText,
            deviation_reason: e.deviationReason,
            improvement_measure: e.improvementMeasure,
            printed_score: e.printedScore,
            form_weight: e.formWeight,
          })),
        )
        .execute();
    }
    await appendAudit(trx, {
      actor: input.actor,
      action: input.source === 'import' ? 'self-evaluation.import' : 'self-evaluation.save',
      entity: 'project',
      entityId: input.projectId,
      detail: { version: input.expectedVersion + 1, status: input.status, entries: input.entries.length, sourceFile: input.sourceFile },
    });
    const saved = await getSelfEvaluation(trx, input.projectId);
    if (!saved) throw new StorageError('not-found', { entity: 'self-evaluation', id: input.projectId });
    return saved;
  });
}
