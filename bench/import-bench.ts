import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import BetterSqlite3 from 'better-sqlite3';
import { generatedBatchesSource, loadDatasetModel, writeUnitTree } from '@jixiao/app';
import { generateUnitTree, type DatasetModel, type GeneratedUnit } from '@jixiao/core';
import { bulkInsertProjectStream, openDatabase, type Database } from '@jixiao/storage';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type pg from 'pg';
import { openBenchPostgres, type BenchPostgres } from './bench-postgres';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { failedMeasure } from './failed-measure';
import { goalRatio } from './goal';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');
const TABLES = ['projects', 'indicators', 'project_versions'] as const;
const BATCH = 2_000;

/**
 * Import into SQLite and into PostgreSQL: generated projects through `bulkInsertProjectStream`,
 * exactly the path of `jixiao gen` (its worker thread generates each batch, reviews it, builds the
 * canonical JSON, ids, natural keys, indicator and version rows and encodes them; this thread writes
 * them with prepared multi-row INSERTs / COPY) in batches of 2,000, in rows/s (projects + indicators
 * + versions), against the floor of writing exactly the same rows raw in the same run: prepared
 * single-row INSERTs in one transaction (SQLite) and `COPY … FROM STDIN` of the rows' own COPY text
 * (PostgreSQL). The import does strictly more work than the floor: everything above plus the writes.
 */
export async function benchImport(opts: BenchOptions): Promise<BenchMeasure[]> {
  const count = Number(process.env.JIXIAO_BENCH_IMPORT_PROJECTS) || (opts.quick ? 500 : 20_000);
  // This machine is a shared VM: single runs of either side vary by ±20 % (one round of three at
  // 23:15 gave 1.88× and the next 1.21× on PostgreSQL), so a full run pairs the import and its
  // floor five times and compares the medians.
  const rounds = opts.quick ? 1 : 5;
  const model = await loadDatasetModel(SAMPLES);
  const tree = generateUnitTree(model, 200);
  const source = { model, tree, count };
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-import-'));
  const out: BenchMeasure[] = [];
  try {
    const runs: Round[] = [];
    for (let i = 0; i < rounds; i++) runs.push(await benchSqlite(join(dir, String(i)), source));
    out.push(importMeasure('import.sqlite', runs, count, 'raw prepared INSERT of the same rows in one transaction'));
  } catch (e) {
    out.push(failedMeasure('import.sqlite', e));
  }
  try {
    const server = await openBenchPostgres();
    try {
      const runs: Round[] = [];
      for (let i = 0; i < rounds; i++) runs.push(await benchPostgres(server, source));
      out.push(importMeasure('import.postgres', runs, count, `raw COPY FROM STDIN of the same rows' COPY text in one transaction (${server.source})`));
    } finally {
      await server.close();
    }
  } catch (e) {
    out.push(failedMeasure('import.postgres', e));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/** One paired measurement: the import, then the floor writing the rows it wrote. */
interface Round {
  readonly rows: number;
  readonly importMs: number;
  readonly floorMs: number;
}

interface Source {
  readonly model: DatasetModel;
  readonly tree: readonly GeneratedUnit[];
  readonly count: number;
}

async function importAll(database: Database, ids: Map<string, string>, source: Source): Promise<number> {
  const t0 = performance.now();
  const batches = generatedBatchesSource({ model: source.model, tree: source.tree, unitIds: ids, plan: { projects: source.count, years: 2 }, seed: 11, batchSize: BATCH });
  await bulkInsertProjectStream(database, batches, { actor: 'bench' });
  return performance.now() - t0;
}

async function countRows(database: Database): Promise<number> {
  let n = 0;
  for (const t of TABLES) n += Number((await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return n;
}

async function benchSqlite(dir: string, source: Source): Promise<Round> {
  mkdirSync(dir);
  const a = await openDatabase({ sqlitePath: join(dir, 'a.db'), migrate: true, env: {} });
  const ids = await writeUnitTree(a, source.tree);
  const importMs = await importAll(a, ids, source);
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
  return { rows, importMs, floorMs };
}

async function benchPostgres(server: BenchPostgres, source: Source): Promise<Round> {
  const a = await openDatabase({ databaseUrl: await server.createDatabase('bench_import_a'), migrate: true, env: {} });
  const b = await openDatabase({ databaseUrl: await server.createDatabase('bench_import_b'), migrate: true, env: {} });
  try {
    const ids = await writeUnitTree(a, source.tree);
    const importMs = await importAll(a, ids, source);
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
    return { rows, importMs, floorMs };
  } finally {
    await a.close();
    await b.close();
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

function importMeasure(name: string, runs: readonly Round[], projects: number, floorText: string): BenchMeasure {
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const rows = runs[0]!.rows;
  const importMs = median(runs.map((r) => r.importMs));
  const floorMs = median(runs.map((r) => r.floorMs));
  const value = Math.round(rows / (importMs / 1000));
  const baseline = Math.round(rows / (floorMs / 1000));
  const cost = importMs / floorMs;
  const each = runs.map((r) => `${(r.importMs / 1000).toFixed(2)}/${(r.floorMs / 1000).toFixed(2)} s`).join(', ');
  return {
    name: `${name}.rowsPerSecond`,
    value,
    unit: 'rows/s',
    baseline,
    ratio: Math.round((value / baseline) * 1000) / 1000,
    ...goalRatio(cost, 1.5),
    note: `${projects} projects = ${rows} rows (projects + indicators + versions) in ${(importMs / 1000).toFixed(2)} s (${Math.round(projects / (importMs / 1000))} projects/s); floor: ${floorText} in ${(floorMs / 1000).toFixed(2)} s; time ratio ${cost.toFixed(2)}× (median${runs.length > 1 ? ` of ${runs.length} rounds, import/floor: ${each}` : ' of 1 round'})`,
    details: { rounds: runs },
  };
}
