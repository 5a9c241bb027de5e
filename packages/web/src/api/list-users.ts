import { requestApi } from './http-client';
import type { UserRow } from './api-types';

/** GET /api/users (admin; a bare array or `{rows}`). */
export async function listUsers(): Promise<UserRow[]> {
  const body = await requestApi<UserRow[] | { rows: UserRow[] }>('GET', '/api/users');
  return Array.isArray(body) ? body : body.rows;
}
