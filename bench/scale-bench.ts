import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { insertUser, openDatabase, type Database } from '@jixiao/storage';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openBenchPostgres } from './bench-postgres';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { failedMeasure } from './failed-measure';
import { explainMainQueries } from './explain-queries';
import { goalAtMost } from './goal';

const PASSWORD = 'bench-password-1';

interface Sizes {
  readonly units: number;
  readonly projects: number;
  readonly years: number;
}

/**
 * Province scale: a streaming import (`jixiao gen`, child process, peak RSS) of a generated
 * dataset into SQLite (100,000 projects; quick 1,000) and PostgreSQL (1,000,000; quick 1,000),
 * then p50/p95 of the ten main API requests over HTTP on loopback with 8 concurrent autocannon
 * clients against each, the floor being GET /api/health in the same run; on PostgreSQL the
 * EXPLAIN (ANALYZE, BUFFERS) of the list, filter, search, dashboard, library and review-queue
 * queries is kept in the report. Sizes: JIXIAO_BENCH_SQLITE_PROJECTS, JIXIAO_BENCH_PG_PROJECTS.
 */
export async function benchScale(opts: BenchOptions): Promise<BenchMeasure[]> {
  const out: BenchMeasure[] = [];
  const sqliteSizes: Sizes = { units: opts.quick ? 100 : 2_000, projects: Number(process.env.JIXIAO_BENCH_SQLITE_PROJECTS) || (opts.quick ? 1_000 : 100_000), years: 2 };
  const pgSizes: Sizes = { units: opts.quick ? 100 : 10_000, projects: Number(process.env.JIXIAO_BENCH_PG_PROJECTS) || (opts.quick ? 1_000 : 1_000_000), years: 5 };
  // JIXIAO_BENCH_SCALE_DIALECTS=sqlite (or postgres) runs one side only.
  const dialects = (process.env.JIXIAO_BENCH_SCALE_DIALECTS ?? 'sqlite,postgres').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-scale-'));
  if (dialects.includes('sqlite')) try {
    const file = join(dir, 'scale.db');
    const floorRss = streamImport({ JIXIAO_DB: join(dir, 'empty.db') }, { units: 10, projects: 0, years: 1 });
    const imported = streamImport({ JIXIAO_DB: file }, sqliteSizes);
    out.push(rssMeasure('sqlite', imported, floorRss, sqliteSizes.projects));
    const database = await openDatabase({ sqlitePath: file, env: {} });
    try {
      await submitSome(database);
      // What the next open's `pragma optimize` would do after a bulk change: fresh statistics.
      await sql`analyze`.execute(database.db);
      out.push(...(await loadApi(database, 'sqlite', sqliteSizes.projects, opts)));
    } finally {
      await database.close();
    }
  } catch (e) {
    out.push(failedMeasure('scale.sqlite', e));
  }
  if (dialects.includes('postgres')) try {
    const server = await openBenchPostgres();
    try {
      const url = await server.createDatabase('bench_scale');
      const imported = streamImport({ DATABASE_URL: url }, pgSizes);
      out.push(rssMeasure('postgres', imported, null, pgSizes.projects));
      const database = await openDatabase({ databaseUrl: url, env: {} });
      try {
        await submitSome(database);
        // What autovacuum does after a bulk load: statistics, and the visibility map that lets the
        // totals run as index-only scans.
        await sql`vacuum analyze`.execute(database.db);
        const plans = await explainMainQueries(database);
        out.push({ name: 'postgres.queryPlans', value: plans.length, unit: 'plans', baseline: null, ratio: null, note: `EXPLAIN (ANALYZE, BUFFERS) at ${pgSizes.projects} projects (${server.source})`, details: plans });
        out.push(...(await loadApi(database, 'postgres', pgSizes.projects, opts)));
      } finally {
        await database.close();
      }
    } finally {
      await server.close();
    }
  } catch (e) {
    out.push(failedMeasure('scale.postgres', e));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

interface ImportResult {
  readonly projects: number;
  readonly elapsedMs: number;
  readonly maxRssMB: number;
}

function streamImport(env: Record<string, string>, sizes: Sizes): ImportResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'stream-import.ts')], {
    env: { ...process.env, DATABASE_URL: '', JIXIAO_DB: '', DATABASE_READ_URL: '', ...env, JIXIAO_BENCH_GEN: `${sizes.units},${sizes.projects},${sizes.years},1` },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`stream import exited ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ImportResult;
}

function rssMeasure(dialect: string, r: ImportResult, floor: ImportResult | null, projects: number): BenchMeasure {
  return {
    name: `memory.streamImport.${dialect}.peakRssMB`,
    value: r.maxRssMB,
    unit: 'MB',
    baseline: floor?.maxRssMB ?? null,
    ratio: floor ? Math.round((r.maxRssMB / floor.maxRssMB) * 100) / 100 : null,
    ...(projects >= 1_000_000 ? goalAtMost(r.maxRssMB, 1024, 'MB') : { goal: '< 1024 MB at 1,000,000 projects (this run is smaller)', met: r.maxRssMB < 1024, missedBy: null }),
    note: `${r.projects} projects streamed in batches of 2,000 in ${(r.elapsedMs / 1000).toFixed(1)} s (${Math.round(r.projects / (r.elapsedMs / 1000))} projects/s); floor: the same process importing nothing`,
  };
}

/** About 3% of the projects wait for review (the generator writes drafts); before the statistics and plans. */
async function submitSome(database: Database): Promise<void> {
  await sql`update projects set status = 'submitted' where substr(id, 26, 1) = '0'`.execute(database.db);
}

async function loadApi(database: Database, dialect: 'sqlite' | 'postgres', projects: number, opts: BenchOptions): Promise<BenchMeasure[]> {
  const db = database.db;
  const hasher = createArgon2Hasher();
  const passwordHash = await hasher.hash(PASSWORD);
  const department = await db.selectFrom('units').select(['id']).where('kind', '=', 'department').orderBy('code').executeTakeFirstOrThrow();
  await insertUser(db, { username: 'bench-finance', displayName: '基准财政审核', role: 'finance_reviewer', unitId: null, passwordHash });
  await insertUser(db, { username: 'bench-dept', displayName: '基准主管部门审核', role: 'dept_reviewer', unitId: department.id, passwordHash });
  const sample = await db.selectFrom('projects').select(['id', 'name']).where('fiscal_year', '=', 2024).orderBy('id').limit(1).executeTakeFirstOrThrow();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-api-'));
  const app = await createServer({ db, readDb: database.readDb, hasher, config: { webDistDir: join(dir, 'no-web') } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = async (username: string) => {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const finance = await login('bench-finance');
  const dept = await login('bench-dept');
  const requests: Array<[string, string, string]> = [
    ['list', '/api/projects?limit=50', finance],
    ['filter', '/api/projects?limit=50&year=2024&status=submitted', finance],
    ['dashboard', '/api/projects?limit=1&year=2024', finance],
    ['search', `/api/projects?limit=50&q=${encodeURIComponent('宣传')}`, finance],
    ['grade filter', '/api/projects?limit=50&year=2024&grade=poor', finance],
    ['category filter', '/api/projects?limit=50&year=2024&level2=economicBenefit', finance],
    ['unit subtree', `/api/projects?limit=50&unitId=${department.id}`, finance],
    ['detail', `/api/projects/${sample.id}`, finance],
    ['versions', `/api/projects/${sample.id}/versions`, finance],
    ['review queue', '/api/review-queue?limit=50', dept],
  ];
  const amount = opts.quick ? 40 : 400;
  // Unmeasured warm-up requests per endpoint first: otherwise the first endpoint measured (the
  // list) also paid for compiling the server's request path (a run at 00:10 on a loaded machine:
  // list p95 54 ms, its p50 25 ms, against 42 ms in the full run before).
  const warmUp = opts.quick ? 10 : 40;
  const out: BenchMeasure[] = [];
  try {
    for (const [, path, cookie] of [['health', '/api/health', finance] as const, ...requests]) await load(base + path, cookie, warmUp);
    const floor = await load(`${base}/api/health`, finance, amount);
    for (const [name, path, cookie] of requests) {
      const r = await load(base + path, cookie, amount);
      const goal = name === 'list' || name === 'filter' || name === 'dashboard';
      out.push({
        name: `api.${dialect}.${name}.p95`,
        value: r.p95,
        unit: 'ms',
        baseline: floor.p95,
        ratio: Math.round((r.p95 / floor.p95) * 100) / 100,
        ...(goal ? (dialect === 'postgres' && projects >= 1_000_000 ? goalAtMost(r.p95, 50, 'ms') : { goal: '≤ 50 ms at 1,000,000 projects on PostgreSQL (this run is smaller)', met: r.p95 <= 50, missedBy: null }) : {}),
        note: `p50 ${r.p50} ms; ${amount} requests after ${warmUp} unmeasured, 8 concurrent autocannon connections, ${projects} projects in ${dialect}; floor GET /api/health p95 ${floor.p95} ms${r.errors > 0 ? `; ${r.errors} requests FAILED (non-2xx or timed out after 30 s)` : ''}`,
      });
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function load(url: string, cookie: string, amount: number): Promise<{ p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  // A run ends at the first throughput sample after its last response: with the default 1 s sample
  // interval every endpoint would cost at least a second whatever its latency (the latencies here
  // come from the response events, not from the samples).
  const instance = autocannon({ url, connections: 8, amount, timeout: 30, headers: { cookie }, sampleInt: 20 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))]! * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), errors: result.non2xx + result.errors };
}
