import { isRole, type Actor, type Role } from '@jixiao/app';
import type { UnitRecord, UserRecord } from '@jixiao/storage';

export interface UserApi {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
}

export interface AdminUserApi extends UserApi {
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  createdAt: string;
}

/** The signed-in actor → `user` of /api/auth/me and login. */
export function toUserFromActor(a: Actor): UserApi {
  return { id: a.userId, username: a.username, displayName: a.displayName, role: a.role, unitId: a.unitId, unitName: a.unitName };
}

/** A stored account → the administration view (never the password hash). */
export function toAdminUser(u: UserRecord, units: readonly UnitRecord[], now = new Date().toISOString()): AdminUserApi {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: isRole(u.role) ? u.role : 'auditor',
    unitId: u.unitId,
    unitName: u.unitId ? (units.find((x) => x.id === u.unitId)?.name ?? null) : null,
    locked: u.lockedUntil !== null && u.lockedUntil > now,
    lockedUntil: u.lockedUntil,
    failedLogins: u.failedLogins,
    createdAt: u.createdAt,
  };
}
