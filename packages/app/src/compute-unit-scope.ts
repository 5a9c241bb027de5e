import { listUnits, type UnitRecord } from '@jixiao/storage';
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

/** The user's scope and unit name from one query over `units` (computed once per request). */
export async function computeUnitScope(
  db: Db,
  role: Role,
  unitId: string | null,
): Promise<{ scope: UnitScope; unitName: string | null }> {
  const units = await listUnits(db);
  const unitName = unitId ? (units.find((u) => u.id === unitId)?.name ?? null) : null;
  if (role === 'admin' || role === 'auditor' || unitId === null) return { scope: { all: true }, unitName };
  return { scope: { all: false, unitIds: collectSubtree(units, unitId) }, unitName };
}
