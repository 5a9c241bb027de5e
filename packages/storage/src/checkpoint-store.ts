import type { CheckpointRecord, DeviationCause, DeviationRecord } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { createId } from './create-id';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** A checkpoint record as stored: the domain record plus its identity. */
export interface StoredCheckpoint extends CheckpointRecord {
  readonly id: string;
  readonly projectId: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface CheckpointInput {
  readonly items: readonly {
    readonly indicatorIndex: number;
    readonly indicatorName: string;
    readonly progressText: string | null;
    readonly forecastText: string | null;
    readonly deviation: DeviationRecord | null;
  }[];
  readonly execution: DeviationRecord | null;
}

function toDeviation(cause: string | null, measure: string | null, adjust: number | null): DeviationRecord | null {
  if (cause === null && measure === null && adjust === null) return null;
  return { cause: (cause ?? '') as DeviationCause, measure: measure ?? '', adjustTarget: adjust === 1 };
}

/** Checkpoint records of some projects, by project and month. */
export async function listCheckpoints(db: Kysely<Schema>, projectIds: readonly string[]): Promise<StoredCheckpoint[]> {
  if (projectIds.length === 0) return [];
  const heads = await db.selectFrom('monitoring_checkpoints').selectAll().where('project_id', 'in', projectIds).orderBy('project_id').orderBy('month').execute();
  if (heads.length === 0) return [];
  const items = await db
    .selectFrom('checkpoint_indicators')
    .selectAll()
    .where('checkpoint_id', 'in', heads.map((h) => h.id))
    .orderBy('checkpoint_id')
    .orderBy('indicator_position')
    .execute();
  const byCheckpoint = new Map<string, typeof items>();
  for (const i of items) {
    const list = byCheckpoint.get(i.checkpoint_id);
    if (list) list.push(i);
    else byCheckpoint.set(i.checkpoint_id, [i]);
  }
  return heads.map((h) => ({
    id: h.id,
    projectId: h.project_id,
    month: h.month,
    version: h.version,
    updatedBy: h.updated_by,
    updatedAt: h.updated_at,
    execution: toDeviation(h.execution_cause, h.execution_measure, h.execution_adjust),
    items: (byCheckpoint.get(h.id) ?? []).map((i) => ({
      indicatorIndex: i.indicator_position,
      progressText: i.progress_text,
      forecastText: i.forecast_text,
      deviation: toDeviation(i.deviation_cause, i.corrective_measure, i.adjust_target),
    })),
  }));
}

/**
 * Creates (`expectedVersion` 0) or replaces the record of `month` at `expectedVersion`, with its indicator rows, in
 * one audited transaction. A stale version is a `version-conflict` with the current version; nothing is overwritten.
 */
export async function saveCheckpoint(
  db: Kysely<Schema>,
  projectId: string,
  month: number,
  input: CheckpointInput,
  expectedVersion: number,
  actor: string,
): Promise<StoredCheckpoint> {
  return runInTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const current = await trx.selectFrom('monitoring_checkpoints').select(['id', 'version']).where('project_id', '=', projectId).where('month', '=', month).executeTakeFirst();
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw new StorageError('version-conflict', { entity: 'checkpoint', id: `${projectId}/${month}`, expectedVersion, currentVersion });
    }
    const ex = input.execution;
    const head = {
      execution_cause: ex ? ex.cause : null,
      execution_measure: ex ? ex.measure : null,
      execution_adjust: ex ? (ex.adjustTarget ? 1 : 0) : null,
      version: expectedVersion + 1,
      updated_by: actor,
      updated_at: now,
    };
    let id: string;
    if (!current) {
      id = createId();
      await trx.insertInto('monitoring_checkpoints').values({ id, project_id: projectId, month, created_by: actor, created_at: now, ...head }).execute();
    } else {
      id = current.id;
      const res = await trx.updateTable('monitoring_checkpoints').set(head).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new StorageError('version-conflict', { entity: 'checkpoint', id: `${projectId}/${month}`, expectedVersion });
      await trx.deleteFrom('checkpoint_indicators').where('checkpoint_id', '=', id).execute();
    }
    const rows = input.items.map((i) => ({
      checkpoint_id: id,
      indicator_position: i.indicatorIndex,
      indicator_name: i.indicatorName,
      progress_text: i.progressText,
      forecast_text: i.forecastText,
      deviation_cause: i.deviation ? i.deviation.cause : null,
      corrective_measure: i.deviation ? i.deviation.measure : null,
      adjust_target: i.deviation ? (i.deviation.adjustTarget ? 1 : 0) : null,
    }));
    if (rows.length > 0) await trx.insertInto('checkpoint_indicators').values(rows).execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.checkpoint.save',
      entity: 'project',
      entityId: projectId,
      detail: { month, version: head.version, execution: ex, items: input.items },
    });
    return (await listCheckpoints(trx, [projectId])).find((c) => c.month === month)!;
  });
}
