import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import BetterSqlite3 from 'better-sqlite3';
import { loadDatasetModel } from '@jixiao/app';
import { createSeededRandom, generateProjects, generateUnitTree, type GeneratedProject, type GeneratedUnit } from '@jixiao/core';
import { bulkInsertProjectStream, findOrCreateUnit, openDatabase, type BulkProject, type Database } from '@jixiao/storage';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type pg from 'pg';
import { openBenchPostgres } from './bench-postgres';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { goalRatio } from './goal';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');
const TABLES = ['projects', 'indicators', 'project_versions'] as const;
const BATCH = 2_000;

/**
 * Import into SQLite and into PostgreSQL: generated projects through `bulkInsertProjectStream` (the
 * path of `jixiao gen`: review grade, canonical JSON — the next batch's on a worker thread — natural
 * keys, multi-row INSERT / COPY) in batches of 2,000, in rows/s (projects + indicators + versions), against the
 * floor of writing exactly the same rows raw in the same run: prepared INSERTs in one transaction
 * (SQLite) and `COPY … FROM STDIN` of the rows' own COPY text (PostgreSQL).
 */
export async function benchImport(opts: BenchOptions): Promise<BenchMeasure[]> {
  const count = Number(process.env.JIXIAO_BENCH_IMPORT_PROJECTS) || (opts.quick ? 500 : 20_000);
  const model = await loadDatasetModel(SAMPLES);
  const tree = generateUnitTree(model, 200);
  const items = [...generateProjects(model, tree, { projects: count, years: 2 }, createSeededRandom(11))];
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-import-'));
  const out: BenchMeasure[] = [];
  try {
    out.push(await benchSqlite(dir, tree, items));
  } catch (e) {
    out.push(failed('import.sqlite', e));
  }
  try {
    out.push(await benchPostgres(tree, items));
  } catch (e) {
    out.push(failed('import.postgres', e));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

async function createUnits(database: Database, tree: readonly GeneratedUnit[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of tree) {
    const unit = await findOrCreateUnit(database.db, { code: u.code, name: u.name, parentId: u.parentCode ? ids.get(u.parentCode) ?? null : null, kind: u.kind, regionCode: u.regionCode });
    ids.set(u.code, unit.id);
  }
  return ids;
}

async function importAll(database: Database, ids: Map<string, string>, items: readonly GeneratedProject[]): Promise<number> {
  const t0 = performance.now();
  function* batches(): Generator<BulkProject[]> {
    for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH).map((x) => ({ unitId: ids.get(x.unit.code)!, project: x.project, fiscalYear: x.fiscalYear }));
  }
  await bulkInsertProjectStream(database, batches(), { actor: 'bench' });
  return performance.now() - t0;
}

async function countRows(database: Database): Promise<number> {
  let n = 0;
  for (const t of TABLES) n += Number((await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return n;
}

async function benchSqlite(dir: string, tree: readonly GeneratedUnit[], items: readonly GeneratedProject[]): Promise<BenchMeasure> {
  const a = await openDatabase({ sqlitePath: join(dir, 'a.db'), migrate: true, env: {} });
  const ids = await createUnits(a, tree);
  const importMs = await importAll(a, ids, items);
  const rows = await countRows(a);
  await a.close();
  const b = await openDatabase({ sqlitePath: join(dir, 'b.db'), migrate: true, env: {} });
  await b.close();
  const src = new BetterSqlite3(join(dir, 'a.db'), { readonly: true });
  const dst = new BetterSqlite3(join(dir, 'b.db'));
  dst.pragma('journal_mode = WAL');
  dst.pragma('foreign_keys = ON');
  dst.pragma('synchronous = NORMAL');
  const copy = (table: string) => {
    const columns = src.prepare(`select * from ${table} limit 1`).columns().map((c) => c.name);
    return { columns, data: src.prepare(`select ${columns.join(', ')} from ${table}`).raw().all() as unknown[][] };
  };
  const units = copy('units');
  const unitInsert = dst.prepare(`insert into units (${units.columns.join(', ')}) values (${units.columns.map(() => '?').join(', ')})`);
  dst.transaction(() => units.data.forEach((r) => unitInsert.run(r)))();
  const tables = TABLES.map(copy);
  src.close();
  const t0 = performance.now();
  dst.transaction(() => {
    TABLES.forEach((table, i) => {
      const { columns, data } = tables[i]!;
      const stmt = dst.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      for (const r of data) stmt.run(r);
    });
  })();
  const floorMs = performance.now() - t0;
  dst.close();
  return importMeasure('import.sqlite', rows, importMs, floorMs, items.length, 'raw prepared INSERT of the same rows in one transaction');
}

async function benchPostgres(tree: readonly GeneratedUnit[], items: readonly GeneratedProject[]): Promise<BenchMeasure> {
  const server = await openBenchPostgres();
  try {
    const a = await openDatabase({ databaseUrl: await server.createDatabase('bench_import_a'), migrate: true, env: {} });
    const b = await openDatabase({ databaseUrl: await server.createDatabase('bench_import_b'), migrate: true, env: {} });
    try {
      const ids = await createUnits(a, tree);
      const importMs = await importAll(a, ids, items);
      const rows = await countRows(a);
      const units = await a.db.selectFrom('units').selectAll().execute();
      for (let i = 0; i < units.length; i += 500) await b.db.insertInto('units').values(units.slice(i, i + 500)).execute();
      const texts: Buffer[][] = [];
      for (const t of TABLES) texts.push(await copyOut(a.pgPool!, `COPY (select * from ${t}) TO STDOUT`));
      const client = await b.pgPool!.connect();
      const t0 = performance.now();
      try {
        await client.query('BEGIN');
        for (let i = 0; i < TABLES.length; i++) await pipeline(Readable.from(texts[i]!), client.query(copyFrom(`COPY ${TABLES[i]} FROM STDIN`)));
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      const floorMs = performance.now() - t0;
      return importMeasure('import.postgres', rows, importMs, floorMs, items.length, `raw COPY FROM STDIN of the same rows' COPY text in one transaction (${server.source})`);
    } finally {
      await a.close();
      await b.close();
    }
  } finally {
    await server.close();
  }
}

async function copyOut(pool: pg.Pool, query: string): Promise<Buffer[]> {
  const client = await pool.connect();
  try {
    const chunks: Buffer[] = [];
    const stream = client.query(copyTo(query));
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return chunks;
  } finally {
    client.release();
  }
}

function importMeasure(name: string, rows: number, importMs: number, floorMs: number, projects: number, floorText: string): BenchMeasure {
  const value = Math.round(rows / (importMs / 1000));
  const baseline = Math.round(rows / (floorMs / 1000));
  const cost = importMs / floorMs;
  return {
    name: `${name}.rowsPerSecond`,
    value,
    unit: 'rows/s',
    baseline,
    ratio: Math.round((value / baseline) * 1000) / 1000,
    ...goalRatio(cost, 1.5),
    note: `${projects} projects = ${rows} rows (projects + indicators + versions) in ${(importMs / 1000).toFixed(2)} s (${Math.round(projects / (importMs / 1000))} projects/s); floor: ${floorText} in ${(floorMs / 1000).toFixed(2)} s; time ratio ${cost.toFixed(2)}×`,
  };
}

function failed(name: string, e: unknown): BenchMeasure {
  return { name: `${name}.failed`, value: -1, unit: '', baseline: null, ratio: null, note: `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
}
