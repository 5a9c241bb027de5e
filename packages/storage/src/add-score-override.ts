import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { createId } from './create-id';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import type { ScoreOverrideRecord } from './self-evaluation-record';

export interface NewScoreOverride {
  readonly projectId: string;
  readonly position: number;
  readonly score: number;
  readonly previousScore: number;
  readonly reason: string;
  readonly reviewerId: string;
  readonly reviewerName: string;
  /** Extra audit detail (indicator name, weight, formula). */
  readonly detail: Readonly<Record<string, unknown>>;
  /** Audit actor (username). */
  readonly actor: string;
}

/** Stores a reviewer's score override and writes it to the audit log in the same transaction. */
export async function addScoreOverride(db: Kysely<Schema>, o: NewScoreOverride): Promise<ScoreOverrideRecord> {
  return runInTransaction(db, async (trx) => {
    const row = {
      id: createId(),
      project_id: o.projectId,
      position: o.position,
      score: o.score,
      previous_score: o.previousScore,
      reason: o.reason,
      reviewer_id: o.reviewerId,
      reviewer_name: o.reviewerName,
      at: new Date().toISOString(),
    };
    await trx.insertInto('score_overrides').values(row).execute();
    await appendAudit(trx, {
      actor: o.actor,
      action: 'self-evaluation.override',
      entity: 'project',
      entityId: o.projectId,
      detail: { overrideId: row.id, position: o.position, score: o.score, previousScore: o.previousScore, reason: o.reason, ...o.detail },
    });
    return {
      id: row.id,
      projectId: o.projectId,
      position: o.position,
      score: o.score,
      previousScore: o.previousScore,
      reason: o.reason,
      reviewerId: o.reviewerId,
      reviewerName: o.reviewerName,
      at: row.at,
    };
  });
}
