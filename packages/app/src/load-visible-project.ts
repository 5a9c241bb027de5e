import { getProject, type StoredProject } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';

/**
 * The project when it exists and lies in the actor's scope. A project of another unit answers
 * `not-found` exactly like a missing one, so ids of other units' projects leak nothing.
 */
export async function loadVisibleProject(db: Db, actor: Actor, id: string): Promise<StoredProject> {
  const stored = await getProject(db, id);
  if (!stored || !isInScope(actor.scope, stored.unitId)) throw new DomainError('not-found', { entity: 'project', id });
  return stored;
}
