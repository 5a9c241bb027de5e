import type BetterSqlite3 from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';

/** SQLite's adapter, saying what SQLite can do: schema changes inside a transaction. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * The SQLite dialect, with migrations run in a transaction. Kysely's SQLite adapter reports no
 * transactional DDL, so its Migrator ran each SQLite migration statement by statement: a process
 * killed in the middle of a migration (tests/hardening/crash-writes.test.ts) left half of it applied
 * and unrecorded, and the next start failed on "index … already exists". SQLite does roll schema
 * changes back; with this adapter a pending migration set is applied whole or not at all.
 */
export function createSqliteDialect(database: BetterSqlite3.Database): SqliteDialect {
  return new (class extends SqliteDialect {
    override createAdapter(): DialectAdapter {
      return new TransactionalDdlSqliteAdapter();
    }
  })({ database });
}
