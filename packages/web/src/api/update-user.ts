import { requestApi } from './http-client';
import type { Id, Role, UserRow } from './api-types';

export interface UserPatch {
  readonly displayName?: string;
  readonly role?: Role;
  readonly unitId?: Id | null;
  readonly password?: string;
  readonly locked?: boolean;
}

/** PATCH /api/users/:id (admin): role, unit, password reset, lock. */
export function updateUser(id: Id, patch: UserPatch): Promise<UserRow> {
  return requestApi<UserRow>('PATCH', `/api/users/${encodeURIComponent(String(id))}`, patch);
}
