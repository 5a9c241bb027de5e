import { requestApi } from './http-client';
import type { Unit } from './api-types';

/** GET /api/units → flat list (a bare array or `{rows}`). */
export async function listUnits(): Promise<Unit[]> {
  const body = await requestApi<Unit[] | { rows: Unit[] }>('GET', '/api/units');
  return Array.isArray(body) ? body : body.rows;
}
