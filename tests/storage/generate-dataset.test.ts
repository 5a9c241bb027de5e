import { join } from 'node:path';
import { generateIntoDatabase, loadDatasetModel } from '@jixiao/app';
import type { DatasetModel } from '@jixiao/core';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/describe-each-dialect';

let model: DatasetModel;
beforeAll(async () => {
  model = await loadDatasetModel(join(import.meta.dirname, '../../fixtures/samples'));
});

describeEachDialect('jixiao gen into the database (bulk insert; COPY on PostgreSQL)', (ctx) => {
  it('writes the unit tree and the projects in batches, with indicator and version rows in their fiscal year', async () => {
    const { db, dialect } = ctx.database;
    const batches: number[] = [];
    const r = await generateIntoDatabase(ctx.database, model, { units: 20, projects: 240, years: 3, seed: 5, batchSize: 100, onProgress: (p) => batches.push(p.projects) });
    expect(r).toMatchObject({ units: 20, projects: 240 });
    expect(batches).toEqual([100, 200, 240]);
    const kinds = await db.selectFrom('units').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').orderBy('kind').execute();
    expect(kinds.map((k) => [k.kind, Number(k.n)])).toEqual([['department', 3], ['region', 1], ['unit', 20]]);
    const years = await db.selectFrom('projects').select(['fiscal_year', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('fiscal_year').orderBy('fiscal_year').execute();
    expect(years.map((y) => [y.fiscal_year, Number(y.n)])).toEqual([[2022, 80], [2023, 80], [2024, 80]]);
    const expectedIndicators = await db.selectFrom('projects').select((eb) => eb.fn.sum<number>('indicator_count').as('n')).executeTakeFirstOrThrow();
    const indicators = await db.selectFrom('indicators').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(indicators.n)).toBe(Number(expectedIndicators.n));
    // Every child row carries its project's year (the partition key on PostgreSQL).
    const mismatched = await sql<{ n: number }>`
      select count(*) as n from indicators i join projects p on p.id = i.project_id where i.fiscal_year <> p.fiscal_year`.execute(db);
    expect(Number(mismatched.rows[0]!.n)).toBe(0);
    const versions = await sql<{ n: number }>`
      select count(*) as n from project_versions v join projects p on p.id = v.project_id where v.fiscal_year = p.fiscal_year and v.version = 1`.execute(db);
    expect(Number(versions.rows[0]!.n)).toBe(240);
    if (dialect === 'postgres') {
      const parts = await sql<{ part: string; n: number }>`
        select tableoid::regclass::text as part, count(*) as n from indicators group by 1 order by 1`.execute(db);
      expect(parts.rows.map((p) => p.part)).toEqual(['indicators_y2022', 'indicators_y2023', 'indicators_y2024']);
    }
  });

  it('is deterministic: the same seed in an empty database gives the same projects', async () => {
    const { db } = ctx.database;
    const snapshot = async () =>
      (await db.selectFrom('projects').select(['natural_key', 'name', 'funds_total', 'grade', 'indicator_count']).orderBy('natural_key').execute()).map((p) => ({ ...p, natural_key: p.natural_key.replace(/^[^|]+/, '') }));
    const first = await snapshot();
    await db.deleteFrom('projects').execute();
    await generateIntoDatabase(ctx.database, model, { units: 20, projects: 240, years: 3, seed: 5, batchSize: 100 });
    expect(await snapshot()).toEqual(first);
  });
});
