import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate-to-latest';
import { createPgTypes } from './create-pg-types';
import type { Schema } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  /** SQLite file, or ':memory:'. Default: env JIXIAO_DB, else ./data/jixiao.db. */
  readonly sqlitePath?: string;
  /** postgres://… Default: env DATABASE_URL. When set, PostgreSQL is used. */
  readonly databaseUrl?: string;
  /** A read replica for reports. Default: env DATABASE_READ_URL (PostgreSQL only). */
  readonly readUrl?: string;
  /** Pool size per PostgreSQL connection string (default 10). */
  readonly poolSize?: number;
  /** Run pending migrations before returning (default false). */
  readonly migrate?: boolean;
  /** Environment to read defaults from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface Database {
  readonly db: Kysely<Schema>;
  /** Kysely instance for report queries; the same as `db` unless a read URL is configured. */
  readonly readDb: Kysely<Schema>;
  readonly dialect: DialectName;
  /** The PostgreSQL pool behind `db` (null on SQLite); used for COPY in bulkInsertProjects. */
  readonly pgPool: pg.Pool | null;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/jixiao.db';

/**
 * Opens the configured database. SQLite runs with WAL, foreign keys on, a 5 s busy timeout and
 * synchronous=NORMAL. PostgreSQL uses a `pg` Pool whose int8 parser returns JS numbers (throwing
 * beyond Number.MAX_SAFE_INTEGER), so bigint fen and count(*) come back as numbers.
 */
export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const env = config.env ?? process.env;
  const databaseUrl = config.databaseUrl ?? env.DATABASE_URL;
  const database = databaseUrl
    ? openPostgres(databaseUrl, config.readUrl ?? env.DATABASE_READ_URL, config.poolSize ?? 10)
    : openSqlite(config.sqlitePath ?? env.JIXIAO_DB ?? DEFAULT_SQLITE_PATH);
  if (config.migrate) {
    try {
      await migrateToLatest(database.db);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

function openSqlite(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, readDb: db, dialect: 'sqlite', pgPool: null, close: () => db.destroy() };
}

function openPostgres(url: string, readUrl: string | undefined, poolSize: number): Database {
  const types = createPgTypes();
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const readDb = readUrl
    ? new Kysely<Schema>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: readUrl, max: poolSize, types }) }),
      })
    : db;
  return {
    db,
    readDb,
    dialect: 'postgres',
    pgPool: pool,
    close: async () => {
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}
