import type { Selectable } from 'kysely';
import type { UsersTable } from './schema';

/** A web account as stored (the password hash stays inside the storage and auth layers). */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: string;
  readonly unitId: string | null;
  readonly lockedUntil: string | null;
  readonly failedLogins: number;
  readonly createdAt: string;
}

export function mapUserRow(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role,
    unitId: row.unit_id,
    lockedUntil: row.locked_until,
    failedLogins: row.failed_logins,
    createdAt: row.created_at,
  };
}
