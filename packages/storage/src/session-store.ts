import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapUserRow, type UserRecord } from './user-record';

export interface SessionRecord {
  /** SHA-256 of the session token. */
  readonly id: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Stores a session under the hash of its token. */
export async function insertSession(db: Kysely<Schema>, s: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute();
}

/** The unexpired session with this id and its user, in one query; null otherwise. */
export async function findSessionWithUser(
  db: Kysely<Schema>,
  id: string,
  now: string,
): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token as session_csrf',
      'sessions.created_at as session_created_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return {
    session: {
      id: row.session_id,
      userId: row.id,
      csrfToken: row.session_csrf,
      createdAt: row.session_created_at,
      expiresAt: row.session_expires_at,
    },
    user: mapUserRow(row),
  };
}

export async function deleteSession(db: Kysely<Schema>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (password change, lock). */
export async function deleteUserSessions(db: Kysely<Schema>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Schema>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
