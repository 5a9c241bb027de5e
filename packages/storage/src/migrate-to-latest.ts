import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResult } from 'kysely';
import { listMigrations } from './migrations/list-migrations';
import type { Schema } from './schema';

/** Builds a Migrator over the static migration list (no file-system scanning). */
export function createMigrator(db: Kysely<Schema>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => listMigrations() },
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
