import { getDisclosure, listUnits, type StoredDisclosure, type UnitRecord } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import type { Role } from './role';

/** Who edits a department's disclosure (its own users in the department's scope). */
export const DISCLOSURE_EDITORS: readonly Role[] = ['preparer', 'unit_head', 'dept_reviewer'];
/** Who publishes (已公开) it: the department's head and reviewer. */
export const DISCLOSURE_PUBLISHERS: readonly Role[] = ['unit_head', 'dept_reviewer'];

/**
 * The disclosure when it exists and its department lies in the actor's scope (finance reviewers
 * without a unit, the auditor and admin see every one). Another department's disclosure answers
 * `not-found` exactly like a missing one.
 */
export async function loadVisibleDisclosure(db: Db, actor: Actor, id: string): Promise<StoredDisclosure> {
  const stored = await getDisclosure(db, id);
  if (!stored || !isInScope(actor.scope, stored.unitId)) throw new DomainError('not-found', { entity: 'disclosure', id });
  return stored;
}

/** A department unit (kind `department`) in the actor's scope, else `not-found` / `validation`. */
export async function loadVisibleDepartment(db: Db, actor: Actor, unitId: string): Promise<UnitRecord> {
  const unit = (await listUnits(db)).find((u) => u.id === unitId);
  if (!unit || !isInScope(actor.scope, unit.id)) throw new DomainError('not-found', { entity: 'unit', id: unitId });
  if (unit.kind !== 'department') throw new DomainError('validation', { unitId }, `“${unit.name}”不是主管部门，部门预算公开只能按主管部门编制`);
  return unit;
}
