import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createSqliteDialect } from './create-sqlite-dialect';
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
  /** Pool size per PostgreSQL connection string (default env DATABASE_POOL_SIZE, else 10). */
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
  /** The SQLite connection behind `db` (null on PostgreSQL); used for prepared bulk INSERTs. */
  readonly sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/jixiao.db';

/**
 * Opens the configured database. SQLite runs with WAL, foreign keys on, a 5 s busy timeout and
 * synchronous=NORMAL. PostgreSQL uses a `pg` Pool whose int8 parser returns JS numbers (throwing
 * beyond Number.MAX_SAFE_INTEGER), so bigint fen and count(*) come back as numbers, and whose
 * sessions run with `PG_SESSION_OPTIONS`.
 */
export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const env = config.env ?? process.env;
  const databaseUrl = config.databaseUrl ?? env.DATABASE_URL;
  const database = databaseUrl
    ? openPostgres(databaseUrl, config.readUrl ?? env.DATABASE_READ_URL, config.poolSize ?? (Number(env.DATABASE_POOL_SIZE) || 10))
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
  // Planner statistics, as SQLite recommends for long-lived connections: at open, analyse the
  // tables whose statistics are missing or stale (sampling at most 400 rows per index, so it stays
  // in milliseconds on a large file). Without them a bulk-loaded file can pick a sorting plan.
  if (!sqlite.readonly) {
    sqlite.pragma('analysis_limit = 400');
    sqlite.pragma('optimize = 0x10002');
  }
  const db = new Kysely<Schema>({ dialect: createSqliteDialect(sqlite) });
  return { db, readDb: db, dialect: 'sqlite', pgPool: null, sqlite, close: () => db.destroy() };
}

/**
 * Session settings of every PostgreSQL connection Jixiao opens: no JIT compilation and no parallel
 * workers. Jixiao's queries are short and many run at once. JIT compiled a capped search count
 * for 40 ms of its 236 ms, and each parallel plan started two worker processes that competed for
 * the same cores. At 1,000,000 projects on the 2-core VM, under 8 concurrent clients, the search
 * count's p95 went from 1,094 to 304 ms and the category count's from 931 to 75 ms (docs/scaling.md).
 * An `options` parameter in the connection string replaces these (pg lets the URL win).
 */
export const PG_SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

function openPostgres(url: string, readUrl: string | undefined, poolSize: number): Database {
  const types = createPgTypes();
  // Idle connections are closed after 30 s; a pool that cannot connect in 10 s fails the request.
  const common = { max: poolSize, types, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 };
  const pool = new pg.Pool({ connectionString: url, ...common, application_name: 'jixiao', options: PG_SESSION_OPTIONS });
  keepPoolAlive(pool);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  // The read pool's sessions are read-only, so a write routed there by mistake fails loudly even
  // when DATABASE_READ_URL points at a primary.
  const readDb = readUrl
    ? new Kysely<Schema>({
        dialect: new PostgresDialect({
          pool: keepPoolAlive(new pg.Pool({ connectionString: readUrl, ...common, application_name: 'jixiao-read', options: `${PG_SESSION_OPTIONS} -c default_transaction_read_only=on` })),
        }),
      })
    : db;
  return {
    db,
    readDb,
    dialect: 'postgres',
    pgPool: pool,
    sqlite: null,
    close: async () => {
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}

/**
 * An idle pooled connection that the server ends (restart, fail-over, an administrator's
 * pg_terminate_backend) makes the pool emit `error`; without a listener that error is thrown and
 * takes the whole process down. pg has already dropped the broken client; the next query connects
 * anew, so the error is only reported (tests/hardening/pg-connection-loss.test.ts).
 */
function keepPoolAlive(pool: pg.Pool): pg.Pool {
  pool.on('error', (error) => console.warn(`PostgreSQL 连接被服务器断开（已丢弃，下次查询重新连接）：${error.message}`));
  return pool;
}
