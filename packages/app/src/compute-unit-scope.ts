import { listUnitSubtree, type UnitRecord } from '@jixiao/storage';
import type { Db } from './db';
import type { UnitScope } from './actor';
import type { Role } from './role';

/** A unit and every unit below it, from a flat list (iterative, cycle-safe). */
export function collectSubtree(units: readonly UnitRecord[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const seen = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const child of children.get(id) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return seen;
}

/**
 * The user's scope and unit name, computed once per request. Whole-province roles without a unit
 * cost no query; otherwise one recursive query returns the user's unit and the units below it
 * (`union` stops at cycles) rather than the whole `units` table, which holds ~10,000 rows at
 * province scale (docs/scaling.md).
 */
export async function computeUnitScope(
  db: Db,
  role: Role,
  unitId: string | null,
): Promise<{ scope: UnitScope; unitName: string | null }> {
  if (unitId === null) return { scope: { all: true }, unitName: null };
  const all = role === 'admin' || role === 'auditor';
  const rows = all ? await db.selectFrom('units').select(['id', 'name']).where('id', '=', unitId).execute() : await listUnitSubtree(db, unitId);
  const unitName = rows.find((u) => u.id === unitId)?.name ?? null;
  if (all) return { scope: { all: true }, unitName };
  return { scope: { all: false, unitIds: new Set([unitId, ...rows.map((u) => u.id)]) }, unitName };
}
