import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapUserRow, type UserRecord } from './user-record';

/** The account with this username (exact match), or null. */
export async function findUserByUsername(db: Kysely<Schema>, username: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? mapUserRow(row) : null;
}

/** The account with this id, or null. */
export async function findUserById(db: Kysely<Schema>, id: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mapUserRow(row) : null;
}

/** Every account, by username. */
export async function listUsers(db: Kysely<Schema>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(mapUserRow);
}

/** Number of accounts (first-run detection). */
export async function countUsers(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
