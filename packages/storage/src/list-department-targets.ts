import type { DepartmentTarget } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { Schema } from './schema';

export interface DepartmentTargetSummary {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly fiscalYear: number | null;
  readonly name: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface StoredDepartmentTarget extends DepartmentTargetSummary {
  readonly target: DepartmentTarget;
}

export interface DepartmentTargetFilter {
  /** Only these units (empty matches nothing); absent means every unit. */
  readonly unitIds?: readonly string[];
  readonly fiscalYear?: number;
}

/** Department targets with their unit names, in one query. */
export async function listDepartmentTargets(db: Kysely<Schema>, f: DepartmentTargetFilter): Promise<DepartmentTargetSummary[]> {
  if (f.unitIds && f.unitIds.length === 0) return [];
  let q = db
    .selectFrom('department_targets')
    .leftJoin('units', 'units.id', 'department_targets.unit_id')
    .select([
      'department_targets.id',
      'department_targets.unit_id',
      'units.name as unit_name',
      'department_targets.fiscal_year',
      'department_targets.name',
      'department_targets.version',
      'department_targets.updated_at',
    ]);
  if (f.unitIds) q = q.where('department_targets.unit_id', 'in', [...f.unitIds]);
  if (f.fiscalYear !== undefined) q = q.where('department_targets.fiscal_year', '=', f.fiscalYear);
  const rows = await q.orderBy('department_targets.fiscal_year', 'desc').orderBy('department_targets.name').execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    fiscalYear: r.fiscal_year,
    name: r.name,
    version: r.version,
    updatedAt: r.updated_at,
  }));
}

/** One department target with its document, or null. */
export async function getDepartmentTarget(db: Kysely<Schema>, id: string): Promise<StoredDepartmentTarget | null> {
  const r = await db
    .selectFrom('department_targets')
    .leftJoin('units', 'units.id', 'department_targets.unit_id')
    .selectAll('department_targets')
    .select('units.name as unit_name')
    .where('department_targets.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    fiscalYear: r.fiscal_year,
    name: r.name,
    version: r.version,
    updatedAt: r.updated_at,
    target: JSON.parse(r.document) as DepartmentTarget,
  };
}
