import type { Kysely } from 'kysely';
import { createId } from './create-id';
import type { Schema, UsersTable } from './schema';
import { StorageError } from './storage-error';
import { mapUserRow, type UserRecord } from './user-record';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: string;
  readonly unitId: string | null;
}

export interface UserChanges {
  readonly displayName?: string;
  readonly role?: string;
  readonly unitId?: string | null;
  readonly passwordHash?: string;
  readonly lockedUntil?: string | null;
  readonly failedLogins?: number;
}

/** Inserts an account; a taken username is `StorageError('invalid-argument', { field: 'username' })`. */
export async function insertUser(db: Kysely<Schema>, u: NewUser): Promise<UserRecord> {
  const taken = await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
  if (taken) throw new StorageError('invalid-argument', { field: 'username', reason: 'taken' });
  const row = {
    id: createId(),
    username: u.username,
    display_name: u.displayName,
    password_hash: u.passwordHash,
    role: u.role,
    unit_id: u.unitId,
    locked_until: null,
    failed_logins: 0,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return mapUserRow(row);
}

/** Applies the given changes (absent fields stay); returns the updated account or throws not-found. */
export async function updateUser(db: Kysely<Schema>, id: string, c: UserChanges): Promise<UserRecord> {
  const set: Partial<UsersTable> = {};
  if (c.displayName !== undefined) set.display_name = c.displayName;
  if (c.role !== undefined) set.role = c.role;
  if (c.unitId !== undefined) set.unit_id = c.unitId;
  if (c.passwordHash !== undefined) set.password_hash = c.passwordHash;
  if (c.lockedUntil !== undefined) set.locked_until = c.lockedUntil;
  if (c.failedLogins !== undefined) set.failed_logins = c.failedLogins;
  if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', id).execute();
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('not-found', { entity: 'user', id });
  return mapUserRow(row);
}
