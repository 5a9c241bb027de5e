import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Schema } from '@jixiao/storage';
import { openTestDatabase, pgAdminUrl } from './support/describe-each-dialect';

describe('openDatabase [sqlite]', () => {
  it('creates the file named by JIXIAO_DB with WAL, foreign keys, busy timeout and synchronous=NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-open-'));
    const file = join(dir, 'nested', 'deeper', 'jixiao.db');
    const database = await openDatabase({ env: { JIXIAO_DB: file }, migrate: true });
    try {
      expect(database.dialect).toBe('sqlite');
      expect(database.readDb).toBe(database.db);
      expect(existsSync(file)).toBe(true);
      const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(database.db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('synchronous')).toEqual({ synchronous: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens :memory: and enforces foreign keys', async () => {
    const database = await openDatabase({ env: { JIXIAO_DB: ':memory:' }, migrate: true });
    try {
      await expect(
        database.db
          .insertInto('indicators')
          .values({ id: 'i1', project_id: 'missing', position: 0, level1: null, level2: null, name: 'x', target_text: null, op: null, value: null, unit: null })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await database.close();
    }
  });
});

const describePg = pgAdminUrl ? describe : describe.skip;
describePg('openDatabase [postgres]', () => {
  it('selects PostgreSQL from DATABASE_URL, with a separate read instance from DATABASE_READ_URL', async () => {
    const { url, cleanup } = await openTestDatabase('postgres');
    try {
      const database = await openDatabase({ env: { DATABASE_URL: url, DATABASE_READ_URL: url, JIXIAO_DB: '/nonexistent/x.db' }, migrate: true });
      try {
        expect(database.dialect).toBe('postgres');
        expect(database.readDb).not.toBe(database.db);
        expect(database.pgPool).not.toBeNull();
        const r = await sql<{ n: number; big: number }>`select count(*) as n, cast(514211494 as bigint) as big`.execute(database.readDb);
        expect(r.rows[0]).toEqual({ n: 1, big: 514211494 });
      } finally {
        await database.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describePg('session settings [postgres]', () => {
  const show = async (db: Kysely<Schema>) =>
    (await sql<{ jit: string; workers: string; ro: string }>`select current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers, current_setting('default_transaction_read_only') as ro`.execute(db)).rows[0];

  it('runs every session without JIT or parallel workers, the read pool read-only as well', async () => {
    const { url, cleanup } = await openTestDatabase('postgres');
    try {
      const database = await openDatabase({ env: { DATABASE_URL: url, DATABASE_READ_URL: url }, migrate: true });
      try {
        expect(await show(database.db)).toEqual({ jit: 'off', workers: '0', ro: 'off' });
        expect(await show(database.readDb)).toEqual({ jit: 'off', workers: '0', ro: 'on' });
      } finally {
        await database.close();
      }
    } finally {
      await cleanup();
    }
  });

  it("lets a connection string's own options replace them", async () => {
    const { url, cleanup } = await openTestDatabase('postgres');
    try {
      const own = new URL(url);
      own.searchParams.set('options', '-c max_parallel_workers_per_gather=1');
      const database = await openDatabase({ env: { DATABASE_URL: own.toString() } });
      try {
        const settings = await show(database.db);
        expect(settings?.workers).toBe('1');
        // The server's default again: the URL replaced the whole option string.
        expect(settings?.jit).toBe((await sql<{ jit: string }>`select boot_val as jit from pg_settings where name = 'jit'`.execute(database.db)).rows[0]?.jit);
      } finally {
        await database.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describePg('int8 values [postgres]', () => {
  it('refuses to return an integer beyond Number.MAX_SAFE_INTEGER as a rounded number', async () => {
    const { database, cleanup } = await openTestDatabase('postgres');
    try {
      await expect(sql`select cast(9007199254740993 as bigint) as v`.execute(database.db)).rejects.toThrow(RangeError);
    } finally {
      await cleanup();
    }
  });
});
