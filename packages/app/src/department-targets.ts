import {
  getDepartmentTarget,
  listDepartmentTargets,
  listUnits,
  type DepartmentTargetSummary,
  type StoredDepartmentTarget,
} from '@jixiao/storage';
import { isInScope, scopeUnitIds, type Actor } from './actor';
import { collectSubtree } from './compute-unit-scope';
import type { Db } from './db';
import { DomainError } from './domain-error';

/** Department targets in the actor's scope (optionally one unit's subtree and one year). */
export async function listVisibleDepartmentTargets(
  db: Db,
  actor: Actor,
  query: { readonly unitId?: string; readonly fiscalYear?: number },
): Promise<DepartmentTargetSummary[]> {
  let unitIds = scopeUnitIds(actor.scope);
  if (query.unitId !== undefined) {
    const subtree = collectSubtree(await listUnits(db), query.unitId);
    unitIds = (unitIds ?? [...subtree]).filter((id) => subtree.has(id));
  }
  return listDepartmentTargets(db, {
    ...(unitIds ? { unitIds } : {}),
    ...(query.fiscalYear !== undefined ? { fiscalYear: query.fiscalYear } : {}),
  });
}

/** One department target in scope, else `not-found`. */
export async function getVisibleDepartmentTarget(db: Db, actor: Actor, id: string): Promise<StoredDepartmentTarget> {
  const found = await getDepartmentTarget(db, id);
  if (!found || !isInScope(actor.scope, found.unitId)) throw new DomainError('not-found', { entity: 'department-target', id });
  return found;
}
