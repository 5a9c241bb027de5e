import { getProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { hidePersonalData } from './personal-data';

/** `version-conflict` carrying the current version, so the editor can show what changed. */
export async function versionConflictError(db: Db, actor: Actor, id: string): Promise<DomainError> {
  const current = await getProject(db, id);
  if (!current) return new DomainError('not-found', { entity: 'project', id });
  return new DomainError('version-conflict', {
    current: {
      version: current.version,
      status: current.status,
      project: hidePersonalData(actor, current.unitId, current.project),
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
    },
  });
}
