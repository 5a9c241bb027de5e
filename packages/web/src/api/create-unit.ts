import { requestApi } from './http-client';
import type { Id, Unit } from './api-types';

/** POST /api/units (admin). */
export function createUnit(unit: { code: string | null; name: string; parentId: Id | null }): Promise<Unit> {
  return requestApi<Unit>('POST', '/api/units', unit);
}
