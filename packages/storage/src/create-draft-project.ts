import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { computeProjectNaturalKey } from './compute-project-natural-key';
import { getProject } from './get-project';
import { insertProject } from './insert-project';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredProject } from './stored-project';

/**
 * Creates a project typed in by hand as a draft (version 1) in the given unit. When its natural
 * key is already taken (same code or name and amount in that unit and year) a `#n` suffix keeps
 * both, as an import does for repeated rows.
 */
export async function createDraftProject(
  db: Kysely<Schema>,
  unitId: string,
  project: Project,
  actor: string,
): Promise<StoredProject> {
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const base = computeProjectNaturalKey(unitId, project.fiscalYear, project);
    const taken = await trx
      .selectFrom('projects')
      .select('natural_key')
      .where((eb) => eb.or([eb('natural_key', '=', base), eb('natural_key', 'like', `${base}#%`)]))
      .execute();
    const keys = new Set(taken.map((r) => r.natural_key));
    let naturalKey = base;
    for (let n = 2; keys.has(naturalKey); n++) naturalKey = `${base}#${n}`;
    const id = await insertProject(trx, { unitId, fiscalYear: project.fiscalYear, naturalKey, project, actor, at, changeNote: 'created' });
    await appendAudit(trx, {
      actor,
      action: 'project.create',
      entity: 'project',
      entityId: id,
      detail: { version: 1, naturalKey, source: 'web' },
      at: new Date(at),
    });
    const stored = await getProject(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'project', id });
    return stored;
  });
}
