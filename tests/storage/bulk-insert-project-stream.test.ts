import { join } from 'node:path';
import { loadDatasetModel } from '@jixiao/app';
import { createSeededRandom, generateProjects, generateUnitTree, type DatasetModel } from '@jixiao/core';
import { bulkInsertProjectStream, findOrCreateUnit, type BulkProject } from '@jixiao/storage';
import { beforeAll, expect, it } from 'vitest';
import { deriveProjectColumns } from '../../packages/storage/src/to-project-columns';
import { describeEachDialect } from './support/describe-each-dialect';

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
