import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { getProject } from './get-project';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredProject } from './stored-project';
import { writeProjectDocument } from './write-project-document';

/**
 * Saves an edited project when nobody saved it since `expectedVersion` was read; otherwise throws
 * `StorageError('version-conflict', { currentVersion })`. The unit and natural key stay as they
 * were (the natural key names the imported row, not its current content).
 */
export async function updateProject(
  db: Kysely<Schema>,
  id: string,
  expectedVersion: number,
  project: Project,
  actor: string,
  changeNote: string | null = null,
): Promise<StoredProject> {
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const version = await writeProjectDocument(trx, { id, expectedVersion, project, actor, at, changeNote });
    await appendAudit(trx, {
      actor,
      action: 'project.update',
      entity: 'project',
      entityId: id,
      detail: { version, note: changeNote },
      at: new Date(at),
    });
    const stored = await getProject(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'project', id });
    return stored;
  });
}
