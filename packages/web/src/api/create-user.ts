import { requestApi } from './http-client';
import type { Id, Role, UserRow } from './api-types';

/** POST /api/users (admin). */
export function createUser(user: { username: string; displayName: string; role: Role; unitId: Id | null; password: string }): Promise<UserRow> {
  return requestApi<UserRow>('POST', '/api/users', user);
}
