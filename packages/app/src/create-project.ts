import type { Project } from '@jixiao/core';
import { createDraftProject, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { requireRole } from './require-role';

/** A new draft in the actor's own unit (preparer or unit head). */
export async function createProject(db: Db, actor: Actor, project: Project): Promise<StoredProject> {
  requireRole(actor, ['preparer', 'unit_head']);
  if (!actor.unitId) throw new DomainError('validation', { field: 'unitId' }, '账户未关联单位，不能新建项目');
  try {
    return await createDraftProject(db, actor.unitId, project, actor.username);
  } catch (e) {
    throw toDomainError(e);
  }
}
