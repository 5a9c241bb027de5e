import { join } from 'node:path';
import { loadDatasetModel } from '@jixiao/app';
import { createSeededRandom, generateProjects, generateUnitTree, type DatasetModel } from '@jixiao/core';
import { bulkInsertProjectStream, findOrCreateUnit, type BulkProject } from '@jixiao/storage';
import { beforeAll, expect, it } from 'vitest';
import { deriveProjectColumns } from '../../packages/storage/src/to-project-columns';
import { describeEachDialect } from './support/describe-each-dialect';

const REPLAY_MODULE = new URL('./support/replay-batches.ts', import.meta.url).href;

let model: DatasetModel;
beforeAll(async () => {
  model = await loadDatasetModel(join(import.meta.dirname, '../../fixtures/samples'));
});

describeEachDialect('bulkInsertProjectStream (derived columns of the next batch on a worker thread)', (ctx) => {
  async function batchesOf(size: number, count: number, seed: number): Promise<BulkProject[][]> {
    const tree = generateUnitTree(model, 6);
    const ids = new Map<string, string>();
    for (const u of tree) ids.set(u.code, (await findOrCreateUnit(ctx.database.db, { code: u.code, name: u.name, parentId: u.parentCode ? ids.get(u.parentCode) ?? null : null, kind: u.kind, regionCode: u.regionCode })).id);
    const items = [...generateProjects(model, tree, { projects: count, years: 2 }, createSeededRandom(seed))].map((x) => ({ unitId: ids.get(x.unit.code)!, project: x.project, fiscalYear: x.fiscalYear }));
    const out: BulkProject[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  }

  it('writes every batch with the grade, score, finding count and canonical document computed on this thread', async () => {
    const { db } = ctx.database;
    const batches = await batchesOf(70, 250, 3);
    const progress: number[] = [];
    const r = await bulkInsertProjectStream(ctx.database, batches, { actor: 'test', onBatch: (n) => progress.push(n) });
    expect(r.inserted).toBe(250);
    expect(progress).toEqual([70, 140, 210, 250]);
    const rows = await db.selectFrom('projects').select(['name', 'grade', 'score', 'finding_count', 'document', 'indicator_count']).execute();
    expect(rows).toHaveLength(250);
    const byDocument = new Map(rows.map((row) => [row.document, row]));
    let graded = 0;
    for (const item of batches.flat()) {
      const expected = deriveProjectColumns(item.project);
      const row = byDocument.get(expected.document);
      expect(row, item.project.name).toBeDefined();
      expect({ grade: row!.grade, score: row!.score, finding_count: row!.finding_count }).toEqual({ grade: expected.grade, score: expected.score, finding_count: expected.finding_count });
      expect(row!.indicator_count).toBe(item.project.indicators.length);
      if (row!.grade) graded++;
    }
    expect(graded).toBe(250);
    const audits = await db.selectFrom('audit_log').select('action').where('action', '=', 'project.bulk-insert').execute();
    expect(audits).toHaveLength(4);
    // Version 1 of every project, copied from its row by the database.
    const versions = await db
      .selectFrom('project_versions as v')
      .innerJoin('projects as p', 'p.id', 'v.project_id')
      .select(['v.version', 'v.status', 'v.change_note', 'v.changed_by', 'v.fiscal_year', 'p.fiscal_year as project_year', (eb) => eb(eb.ref('v.document'), '=', eb.ref('p.document')).as('same_document')])
      .execute();
    expect(versions).toHaveLength(250);
    for (const v of versions) {
      expect({ version: v.version, status: v.status, note: v.change_note, by: v.changed_by, year: v.fiscal_year, same: Boolean(v.same_document) }).toEqual({
        version: 1,
        status: 'draft',
        note: 'bulk insert',
        by: 'test',
        year: v.project_year ?? 0,
        same: true,
      });
    }
  });

  it('a failing batch stops the stream: the batches before it stay, nothing of it is written, the error is thrown', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').execute();
    const batches = await batchesOf(40, 120, 4);
    // The third batch repeats a project of the first: its natural key exists, so that batch fails whole.
    const broken = [batches[0]!, batches[1]!, [...batches[2]!.slice(0, 10), batches[0]![0]!]];
    await expect(bulkInsertProjectStream(ctx.database, broken, { actor: 'test' })).rejects.toThrow();
    const n = await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(80);
  });

  it('a module source runs on the worker (after the first batch, written here) and writes what worker: false writes', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').execute();
    const batches = await batchesOf(30, 100, 6);
    const source = { module: REPLAY_MODULE, exportName: 'replayBatches', args: { batches } };
    const progress: number[] = [];
    expect((await bulkInsertProjectStream(ctx.database, source, { actor: 'test', onBatch: (n) => progress.push(n) })).inserted).toBe(100);
    expect(progress).toEqual([30, 60, 90, 100]);
    const viaWorker = await db.selectFrom('projects').select(['natural_key', 'document', 'grade', 'score']).orderBy('natural_key').execute();
    await db.deleteFrom('projects').execute();
    expect((await bulkInsertProjectStream(ctx.database, source, { actor: 'test', worker: false })).inserted).toBe(100);
    const here = await db.selectFrom('projects').select(['natural_key', 'document', 'grade', 'score']).orderBy('natural_key').execute();
    expect(viaWorker).toHaveLength(100);
    expect(viaWorker).toEqual(here);
  });

  it('a module source that fails on the worker: the batches before it stay, the error reaches the caller in Chinese', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').execute();
    const batches = await batchesOf(25, 100, 7);
    const source = { module: REPLAY_MODULE, exportName: 'replayBatches', args: { batches, failAt: 2 } };
    await expect(bulkInsertProjectStream(ctx.database, source, { actor: 'test' })).rejects.toThrow('批量写入的数据准备失败：第 3 批数据无法读取');
    expect(Number((await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(50);
  });

  it('a single batch is written on this thread without starting a worker; two batches start one', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').execute();
    const [one, two] = await batchesOf(20, 40, 8);
    expect(await bulkInsertProjectStream(ctx.database, [one!], { actor: 'test' })).toEqual({ inserted: 20, worker: false });
    const counted = { module: REPLAY_MODULE, exportName: 'replayBatches', args: { batches: [two!] }, batches: 1 };
    expect(await bulkInsertProjectStream(ctx.database, counted, { actor: 'test' })).toEqual({ inserted: 20, worker: false });
    expect(Number((await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(40);
    await db.deleteFrom('projects').execute();
    expect(await bulkInsertProjectStream(ctx.database, [one!, two!], { actor: 'test' })).toEqual({ inserted: 40, worker: true });
    await db.deleteFrom('projects').execute();
    // A hint that is wrong costs speed, not projects: every batch is still written.
    expect(await bulkInsertProjectStream(ctx.database, { ...counted, args: { batches: [one!, two!] } }, { actor: 'test' })).toEqual({ inserted: 40, worker: false });
    expect(await bulkInsertProjectStream(ctx.database, [], { actor: 'test' })).toEqual({ inserted: 0, worker: false });
  });

  it('an async source and worker: false write the same projects', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').execute();
    const batches = await batchesOf(30, 90, 5);
    async function* source() {
      for (const b of batches) yield b;
    }
    expect((await bulkInsertProjectStream(ctx.database, source(), { actor: 'test', worker: false })).inserted).toBe(90);
    expect(Number((await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(90);
  });
});
