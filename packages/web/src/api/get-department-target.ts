import { requestApi } from './http-client';
import type { DepartmentTargetDetail, Id } from './api-types';

/** GET /api/department-targets/:id. */
export function getDepartmentTarget(id: Id): Promise<DepartmentTargetDetail> {
  return requestApi<DepartmentTargetDetail>('GET', `/api/department-targets/${encodeURIComponent(String(id))}`);
}
