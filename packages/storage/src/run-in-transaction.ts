import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema';

/** Runs `fn` in the caller's transaction when `db` is one, else in a new transaction. */
export async function runInTransaction<T>(
  db: Kysely<Schema>,
  fn: (trx: Kysely<Schema> | Transaction<Schema>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
