import type { SpendingCheckpoint } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** The spending plan used for monitoring, kept apart from the declared (possibly approved, frozen) document. */
export interface MonitoringPlan {
  readonly projectId: string;
  readonly fiscalYear: number | null;
  readonly checkpoints: readonly SpendingCheckpoint[];
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export async function getMonitoringPlans(db: Kysely<Schema>, projectIds: readonly string[]): Promise<MonitoringPlan[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.selectFrom('monitoring_plans').selectAll().where('project_id', 'in', projectIds).execute();
  return rows.map((r) => ({
    projectId: r.project_id,
    fiscalYear: r.fiscal_year,
    checkpoints: JSON.parse(r.checkpoints) as SpendingCheckpoint[],
    version: r.version,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

/**
 * Creates (`expectedVersion` 0) or replaces the plan at `expectedVersion`, audited. A stale version is a
 * `version-conflict` carrying the current version; nothing is overwritten.
 */
export async function saveMonitoringPlan(
  db: Kysely<Schema>,
  projectId: string,
  plan: { readonly fiscalYear: number | null; readonly checkpoints: readonly SpendingCheckpoint[] },
  expectedVersion: number,
  actor: string,
): Promise<MonitoringPlan> {
  return runInTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const checkpoints = JSON.stringify(plan.checkpoints.map((c) => ({ month: c.month, percent: c.percent })));
    const current = await trx.selectFrom('monitoring_plans').select('version').where('project_id', '=', projectId).executeTakeFirst();
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw new StorageError('version-conflict', { entity: 'monitoring-plan', id: projectId, expectedVersion, currentVersion });
    }
    const version = expectedVersion + 1;
    if (!current) {
      await trx.insertInto('monitoring_plans').values({ project_id: projectId, fiscal_year: plan.fiscalYear, checkpoints, version, updated_by: actor, updated_at: now }).execute();
    } else {
      const res = await trx
        .updateTable('monitoring_plans')
        .set({ fiscal_year: plan.fiscalYear, checkpoints, version, updated_by: actor, updated_at: now })
        .where('project_id', '=', projectId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new StorageError('version-conflict', { entity: 'monitoring-plan', id: projectId, expectedVersion });
    }
    await appendAudit(trx, { actor, action: 'monitoring.plan.save', entity: 'project', entityId: projectId, detail: { version, fiscalYear: plan.fiscalYear, checkpoints: plan.checkpoints } });
    return { projectId, fiscalYear: plan.fiscalYear, checkpoints: JSON.parse(checkpoints) as SpendingCheckpoint[], version, updatedBy: actor, updatedAt: now };
  });
}
