import { requestApi, withQuery } from './http-client';
import type { DepartmentTargetRow, Id } from './api-types';

/** GET /api/department-targets?unitId&year (a bare array or `{rows}`). */
export async function listDepartmentTargets(query: { unitId?: Id | undefined; year?: number | undefined }): Promise<DepartmentTargetRow[]> {
  const body = await requestApi<DepartmentTargetRow[] | { rows: DepartmentTargetRow[] }>('GET', withQuery('/api/department-targets', { ...query }));
  return Array.isArray(body) ? body : body.rows;
}
