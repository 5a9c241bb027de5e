import type { Kysely } from 'kysely';
import { findOrCreateUnit, type UnitLookup } from './find-or-create-unit';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** The unit to attach a document to when the document does not name one. */
export interface UnitHint {
  /** An existing unit's id (e.g. the importing user's unit). */
  readonly id?: string;
  readonly code?: string | null;
  readonly name?: string | null;
}

/** Unit-naming fields shared by Project and DepartmentTarget (DepartmentTarget has only unitCode). */
export interface UnitFields {
  readonly unit?: string | null;
  readonly unitCode?: string | null;
  readonly department?: string | null;
  readonly departmentCode?: string | null;
}

/** Used when neither the document nor the hint names a unit, so nothing is dropped. */
export const UNASSIGNED_UNIT_NAME = '未指定单位';

export type UnitResolver = (fields: UnitFields) => Promise<string>;

/**
 * Returns a resolver (memoised for one import) from a document's 主管部门/预算单位 fields to a unit
 * id: the department becomes the parent of the unit; a unit that repeats the department is the
 * department; without either, the hint, else the `未指定单位` unit.
 */
export function createUnitResolver(db: Kysely<Schema>, hint: UnitHint | undefined): UnitResolver {
  const cache = new Map<string, Promise<string>>();
  const resolve = (lookup: UnitLookup): Promise<string> => {
    const key = JSON.stringify([lookup.code ?? null, lookup.name ?? null, lookup.parentId ?? null, lookup.kind]);
    let id = cache.get(key);
    if (!id) {
      id = findOrCreateUnit(db, lookup).then((u) => u.id);
      cache.set(key, id);
    }
    return id;
  };
  return async (f) => {
    const deptCode = clean(f.departmentCode);
    const deptName = clean(f.department);
    const unitCode = clean(f.unitCode);
    const unitName = clean(f.unit);
    const deptId = deptCode || deptName ? await resolve({ code: deptCode, name: deptName, kind: 'department' }) : null;
    if (unitCode || unitName) {
      const same = unitName === deptName && (unitCode === deptCode || unitCode === null || deptCode === null);
      if (deptId && same) return deptId;
      return resolve({ code: unitCode, name: unitName, parentId: deptId, kind: 'unit' });
    }
    if (deptId) return deptId;
    if (hint?.id) {
      const row = await db.selectFrom('units').select('id').where('id', '=', hint.id).executeTakeFirst();
      if (!row) throw new StorageError('not-found', { entity: 'unit', id: hint.id });
      return row.id;
    }
    if (clean(hint?.code) || clean(hint?.name)) return resolve({ code: clean(hint?.code), name: clean(hint?.name), kind: 'unit' });
    return resolve({ name: UNASSIGNED_UNIT_NAME, kind: 'unit' });
  };
}

function clean(text: string | null | undefined): string | null {
  return text?.trim() || null;
}
