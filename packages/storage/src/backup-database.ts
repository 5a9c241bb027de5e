import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { DEFAULT_SQLITE_PATH } from './open-database';

/** Where a backup is taken from or restored to: a PostgreSQL URL, else a SQLite file. */
export type DatabaseTarget = { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'sqlite'; readonly path: string };

/** The database the CLI and server would open: DATABASE_URL, else JIXIAO_DB, else ./data/jixiao.db. */
export function resolveDatabaseTarget(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', path: env.JIXIAO_DB ?? DEFAULT_SQLITE_PATH };
}

/** Tables whose rows mean "this database holds data" (a restore would lose them). */
const DATA_TABLES = ['projects', 'units', 'users', 'audit_log', 'department_targets'] as const;

/**
 * Writes a consistent copy of the database to `outFile`: SQLite through the online backup API
 * (safe while the server writes), PostgreSQL through `pg_dump -Fc`.
 */
export async function backupDatabase(target: DatabaseTarget, outFile: string): Promise<void> {
  if (target.kind === 'postgres') {
    runPgTool('pg_dump', ['-Fc', '--no-owner', '-f', outFile, '-d', target.url]);
    return;
  }
  if (!existsSync(target.path)) throw new Error(`数据库文件不存在：${target.path}`);
  const source = new BetterSqlite3(target.path, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(outFile);
  } finally {
    source.close();
  }
}

/** Number of rows in the tables that hold data; 0 for a new or empty database. */
export async function countStoredRows(target: DatabaseTarget): Promise<number> {
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      let total = 0;
      for (const table of DATA_TABLES) {
        const exists = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`public.${table}`]);
        if (!exists.rows[0]?.t) continue;
        const n = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
        total += Number(n.rows[0]?.n ?? 0);
      }
      return total;
    } finally {
      await client.end();
    }
  }
  if (!existsSync(target.path)) return 0;
  const sqlite = new BetterSqlite3(target.path, { fileMustExist: true });
  try {
    let total = 0;
    for (const table of DATA_TABLES) {
      const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      if (exists) total += (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return total;
  } finally {
    sqlite.close();
  }
}

/**
 * Restores a backup written by `backupDatabase`. Refuses (throws, in Chinese) to overwrite a
 * database that holds data unless `force`; a SQLite backup is checked with `integrity_check` first.
 */
export async function restoreDatabase(target: DatabaseTarget, fromFile: string, options: { readonly force?: boolean } = {}): Promise<void> {
  if (!existsSync(fromFile)) throw new Error(`备份文件不存在：${fromFile}`);
  const rows = await countStoredRows(target);
  if (rows > 0 && !options.force) throw new Error(`目标数据库已有数据（${rows} 行），未恢复；确认覆盖请加 --force`);
  if (target.kind === 'postgres') {
    runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '-d', target.url, fromFile]);
    return;
  }
  const source = new BetterSqlite3(fromFile, { readonly: true, fileMustExist: true });
  try {
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份文件已损坏：${String(check)}`);
    // Stale WAL/SHM files of a removed database would be replayed over the restored pages.
    if (!existsSync(target.path)) for (const suffix of ['-wal', '-shm']) rmSync(`${target.path}${suffix}`, { force: true });
    await source.backup(target.path);
  } finally {
    source.close();
  }
}

/** A PostgreSQL client tool on PATH, else the newest under /usr/lib/postgresql/<version>/bin. */
export function findPgTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', name))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin', name);
  }
  return name;
}

function runPgTool(name: 'pg_dump' | 'pg_restore', args: readonly string[]): void {
  const r = spawnSync(findPgTool(name), args, { encoding: 'utf8' });
  if (r.error) throw new Error(`无法运行 ${name}（请安装 PostgreSQL 客户端）：${r.error.message}`);
  if (r.status !== 0) throw new Error(`${name} 失败：${(r.stderr || r.stdout).trim()}`);
}
