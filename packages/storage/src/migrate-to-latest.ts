import { Migrator, NO_MIGRATIONS, SqliteAdapter, sql, type Kysely, type MigrationResult } from 'kysely';
import { listMigrations } from './migrations/list-migrations';
import type { Schema } from './schema';

/**
 * Builds a Migrator over the static migration list (no file-system scanning). On SQLite a run is
 * one transaction (see createSqliteDialect) with foreign-key enforcement off around it, as SQLite's
 * table-rebuild procedure wants (`PRAGMA foreign_keys` cannot change inside a transaction, and a
 * rebuilt table must not cascade-delete its children); migrations check foreign keys themselves.
 */
export function createMigrator(db: Kysely<Schema>): Migrator {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => listMigrations() },
  });
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return migrator;
  const withoutForeignKeys = async <T>(run: () => Promise<T>): Promise<T> => {
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      return await run();
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
  };
  const migrateToLatestRaw = migrator.migrateToLatest.bind(migrator);
  const migrateToRaw = migrator.migrateTo.bind(migrator);
  const migrateUpRaw = migrator.migrateUp.bind(migrator);
  const migrateDownRaw = migrator.migrateDown.bind(migrator);
  return Object.assign(migrator, {
    migrateToLatest: () => withoutForeignKeys(migrateToLatestRaw),
    migrateTo: (target: Parameters<Migrator['migrateTo']>[0]) => withoutForeignKeys(() => migrateToRaw(target)),
    migrateUp: () => withoutForeignKeys(migrateUpRaw),
    migrateDown: () => withoutForeignKeys(migrateDownRaw),
  });
}

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Schema>): Promise<readonly MigrationResult[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

/** Reverts every migration (drops every table). For tests and tooling only. */
export async function migrateToEmpty(db: Kysely<Schema>): Promise<readonly MigrationResult[]> {
  const { error, results } = await createMigrator(db).migrateTo(NO_MIGRATIONS);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
