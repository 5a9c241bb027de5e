import type { Project } from '@jixiao/core';
import { isStorageError, updateProject, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { loadVisibleProject } from './load-visible-project';
import { EDITABLE_STATUSES } from './project-workflow';
import { requireRole } from './require-role';
import { versionConflictError } from './version-conflict-error';

/**
 * Saves an edited target when nobody saved it since `version` (else `version-conflict` with the
 * current version). Approved targets are `frozen`; targets under review are `not-editable`.
 */
export async function saveProject(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  project: Project,
  changeNote: string | null = null,
): Promise<StoredProject> {
  const stored = await loadVisibleProject(db, actor, id);
  requireRole(actor, ['preparer', 'unit_head']);
  if (stored.status === 'approved') throw new DomainError('frozen', { status: stored.status });
  if (!EDITABLE_STATUSES.includes(stored.status)) throw new DomainError('not-editable', { status: stored.status });
  if (stored.version !== version) throw await versionConflictError(db, actor, id);
  try {
    return await updateProject(db, id, version, project, actor.username, changeNote);
  } catch (e) {
    if (isStorageError(e, 'version-conflict')) throw await versionConflictError(db, actor, id);
    throw toDomainError(e);
  }
}
