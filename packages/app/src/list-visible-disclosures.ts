import { listDisclosures, listDisclosureVersions, listUnits, type DisclosureSummary, type DisclosureVersion, type UnitRecord } from '@jixiao/storage';
import { isInScope, scopeUnitIds, type Actor } from './actor';
import type { Db } from './db';
import { loadVisibleDisclosure } from './disclosure-access';

/** Disclosures in the actor's scope, optionally of one department and/or year. */
export async function listVisibleDisclosures(
  db: Db,
  actor: Actor,
  query: { readonly unitId?: string; readonly fiscalYear?: number } = {},
): Promise<DisclosureSummary[]> {
  const scoped = scopeUnitIds(actor.scope);
  const unitIds = query.unitId === undefined ? scoped : scoped === undefined || scoped.includes(query.unitId) ? [query.unitId] : [];
  return listDisclosures(db, { ...(unitIds ? { unitIds } : {}), ...(query.fiscalYear !== undefined ? { fiscalYear: query.fiscalYear } : {}) });
}

/** The department units (kind `department`) the actor may open a disclosure workspace for. */
export async function listVisibleDepartments(db: Db, actor: Actor): Promise<UnitRecord[]> {
  return (await listUnits(db)).filter((u) => u.kind === 'department' && isInScope(actor.scope, u.id));
}

/** The saved versions of a visible disclosure, newest first (published ones are frozen). */
export async function listVisibleDisclosureVersions(db: Db, actor: Actor, id: string): Promise<Omit<DisclosureVersion, 'document'>[]> {
  await loadVisibleDisclosure(db, actor, id);
  return listDisclosureVersions(db, id);
}
