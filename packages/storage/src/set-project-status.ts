import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { getProject } from './get-project';
import { recordProjectVersion } from './record-project-version';
import { runInTransaction } from './run-in-transaction';
import { PROJECT_STATUSES, type ProjectStatus, type Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredProject } from './stored-project';
import { throwStaleOrMissing } from './throw-stale-or-missing';

/**
 * Moves a project to `status` under the same optimistic check as updateProject: the version is
 * bumped and a version row (same document, new status, the note) is kept. Which transitions are
 * allowed is the workflow's business, not storage's.
 */
export async function setProjectStatus(
  db: Kysely<Schema>,
  id: string,
  expectedVersion: number,
  status: ProjectStatus,
  actor: string,
  note: string | null = null,
): Promise<StoredProject> {
  if (!PROJECT_STATUSES.includes(status)) throw new StorageError('invalid-argument', { field: 'status', status });
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const version = expectedVersion + 1;
    const updated = await trx
      .updateTable('projects')
      .set({ status, version, updated_at: at, updated_by: actor })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning(['document', 'fiscal_year'])
      .executeTakeFirst();
    if (!updated) return throwStaleOrMissing(trx, id, expectedVersion);
    await recordProjectVersion(trx, {
      projectId: id,
      fiscalYear: updated.fiscal_year,
      version,
      status,
      document: updated.document,
      changedBy: actor,
      changedAt: at,
      changeNote: note,
    });
    await appendAudit(trx, {
      actor,
      action: 'project.status',
      entity: 'project',
      entityId: id,
      detail: { status, version, note },
      at: new Date(at),
    });
    const stored = await getProject(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'project', id });
    return stored;
  });
}
