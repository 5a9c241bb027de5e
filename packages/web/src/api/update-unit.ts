import { requestApi } from './http-client';
import type { Id, Unit } from './api-types';

/** PATCH /api/units/:id (admin). */
export function updateUnit(id: Id, patch: { code?: string | null; name?: string; parentId?: Id | null }): Promise<Unit> {
  return requestApi<Unit>('PATCH', `/api/units/${encodeURIComponent(String(id))}`, patch);
}
