import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest, openDatabase, type Database, type DialectName } from '@jixiao/storage';

/**
 * Runs a storage suite once per dialect: SQLite on a temp file and PostgreSQL in a database of its
 * own (`t_<random>`) on the cluster at JIXIAO_TEST_PG_URL, so test files can run in parallel.
 * Without that URL the PostgreSQL half is skipped loudly; with JIXIAO_REQUIRE_ALL=1 it fails.
 */
export const pgAdminUrl: string | undefined = process.env.JIXIAO_TEST_PG_URL;
const requireAll = process.env.JIXIAO_REQUIRE_ALL === '1';

if (!pgAdminUrl) {
  if (requireAll) throw new Error('JIXIAO_REQUIRE_ALL=1 but JIXIAO_TEST_PG_URL is not set: PostgreSQL storage tests cannot run');
  console.warn(
    `\n${'!'.repeat(78)}\n!! JIXIAO_TEST_PG_URL is not set: PostgreSQL storage tests are SKIPPED (run npm test)\n${'!'.repeat(78)}\n`,
  );
}

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export interface DialectContext {
  readonly dialect: DialectName;
  /** Available inside tests (opened in beforeAll). */
  readonly database: Database;
}

export interface DescribeOptions {
  /** Apply migrations before the tests (default true). */
  readonly migrate?: boolean;
}

export function describeEachDialect(
  title: string,
  body: (ctx: DialectContext) => void,
  opts: DescribeOptions = {},
): void {
  for (const dialect of DIALECTS) {
    const run = dialect === 'postgres' && !pgAdminUrl ? describe.skip : describe;
    run(`${title} [${dialect}]`, () => {
      let database: Database | undefined;
      let cleanup: () => Promise<void> = async () => undefined;
      const ctx: DialectContext = {
        dialect,
        get database() {
          if (!database) throw new Error('database not open yet');
          return database;
        },
      };
      beforeAll(async () => {
        const opened = await openTestDatabase(dialect);
        database = opened.database;
        cleanup = opened.cleanup;
        if (opts.migrate !== false) await migrateToLatest(database.db);
      });
      afterAll(async () => {
        await cleanup();
      });
      body(ctx);
    });
  }
}

export async function openTestDatabase(
  dialect: DialectName,
): Promise<{ database: Database; url: string; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-storage-'));
    const file = join(dir, 'test.db');
    const database = await openDatabase({ sqlitePath: file, env: {} });
    return {
      database,
      url: file,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!pgAdminUrl) throw new Error('JIXIAO_TEST_PG_URL is not set');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await runAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), env: {}, poolSize: 4 });
  return {
    database,
    url: url.toString(),
    cleanup: async () => {
      await database.close();
      await runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
