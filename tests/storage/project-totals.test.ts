import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Project } from '@jixiao/core';
import {
  bulkInsertProjects,
  findOrCreateUnit,
  getProject,
  listMigrations,
  listProjects,
  saveImportedDocument,
  setProjectStatus,
  updateProject,
  type ProjectFilter,
  type Schema,
} from '@jixiao/storage';
import { buildImportedDocument, buildSampleProjects } from './support/build-sample-projects';
import { describeEachDialect } from './support/describe-each-dialect';

type TotalsFilter = Pick<ProjectFilter, 'unitIds' | 'fiscalYear' | 'status' | 'grade'>;

/** The exact answer, counted over the projects themselves. */
async function countExactly(db: Kysely<Schema>, f: TotalsFilter): Promise<{ total: number; fundsTotal: number }> {
  let q = db.selectFrom('projects');
  if (f.unitIds) q = f.unitIds.length ? q.where('unit_id', 'in', [...f.unitIds]) : q.where(sql<boolean>`1 = 0`);
  if (f.fiscalYear !== undefined) q = q.where('fiscal_year', '=', f.fiscalYear);
  if (f.status !== undefined) {
    const statuses = typeof f.status === 'string' ? [f.status] : [...f.status];
    q = statuses.length ? q.where('status', 'in', statuses) : q.where(sql<boolean>`1 = 0`);
  }
  if (f.grade !== undefined) q = q.where('grade', '=', f.grade);
  const row = await q
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`cast(coalesce(sum(funds_total), 0) as bigint)`.as('funds')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.n), fundsTotal: Number(row.funds) };
}

/** The rollup tables, as rows, must equal a fresh group-by of the projects. */
async function readRollups(db: Kysely<Schema>): Promise<{ stored: string[]; fresh: string[] }> {
  const stored = await sql<{ k: string }>`
    select unit_id || '|' || fiscal_year || '|' || status || '|' || grade || '|' || project_count || '|' || funds_total as k
    from project_unit_totals`.execute(db);
  const fresh = await sql<{ k: string }>`
    select unit_id || '|' || coalesce(fiscal_year, -1) || '|' || status || '|' || coalesce(grade, '') || '|' || count(*) || '|' || sum(coalesce(funds_total, 0)) as k
    from projects group by unit_id, coalesce(fiscal_year, -1), status, coalesce(grade, '')`.execute(db);
  const byYear = await sql<{ k: string }>`
    select fiscal_year || '|' || status || '|' || grade || '|' || project_count || '|' || funds_total as k from project_totals`.execute(db);
  const freshByYear = await sql<{ k: string }>`
    select coalesce(fiscal_year, -1) || '|' || status || '|' || coalesce(grade, '') || '|' || count(*) || '|' || sum(coalesce(funds_total, 0)) as k
    from projects group by coalesce(fiscal_year, -1), status, coalesce(grade, '')`.execute(db);
  return {
    stored: [...stored.rows.map((r) => r.k), ...byYear.rows.map((r) => `*${r.k}`)].sort(),
    fresh: [...fresh.rows.map((r) => r.k), ...freshByYear.rows.map((r) => `*${r.k}`)].sort(),
  };
}

describeEachDialect('project totals rollups (migration 0010)', (ctx) => {
  let korla = '';
  let menyuan = '';
  let xinglong = '';
  let filters: TotalsFilter[] = [];

  const expectExact = async (): Promise<void> => {
    const { db } = ctx.database;
    const { stored, fresh } = await readRollups(db);
    expect(stored).toEqual(fresh);
    for (const f of filters) {
      const page = await listProjects(db, { ...f, limit: 1, offset: 0 });
      expect({ filter: f, total: page.total, fundsTotal: page.fundsTotal }).toEqual({ filter: f, ...(await countExactly(db, f)) });
    }
  };

  beforeAll(async () => {
    const { db } = ctx.database;
    await saveImportedDocument(db, buildImportedDocument(buildSampleProjects({ unit: '库尔勒市医疗保障局', unitCode: '652801' })), {
      fileSha256: '1'.repeat(64),
      actor: 't',
    });
    const menyuanProjects: Project[] = [
      { ...buildSampleProjects()[0]!, code: 'P2024-MY-001', name: '医疗救助补助资金', unit: '门源县医疗保障局', unitCode: '481001', fiscalYear: 2024, funds: { total: 514_211_494, fiscal: 514_211_494, other: 0 } },
      { ...buildSampleProjects()[2]!, code: 'P2024-MY-002', name: '医保信息化建设', unit: '门源县医疗保障局', unitCode: '481001', fiscalYear: null, funds: { total: null, fiscal: null, other: null }, indicators: [] },
    ];
    await saveImportedDocument(db, buildImportedDocument(menyuanProjects, '003.txt'), { fileSha256: '2'.repeat(64), actor: 't' });
    korla = (await findOrCreateUnit(db, { code: '652801' })).id;
    menyuan = (await findOrCreateUnit(db, { code: '481001' })).id;
    xinglong = (await findOrCreateUnit(db, { code: '130822001', name: '兴隆县医疗保障局' })).id;
    filters = [
      {},
      { unitIds: [korla] },
      { unitIds: [menyuan] },
      { unitIds: [korla, menyuan, xinglong] },
      { unitIds: [] },
      { fiscalYear: 2023 },
      { fiscalYear: 2024 },
      { fiscalYear: 2025, unitIds: [xinglong] },
      { status: 'draft' },
      { status: ['submitted', 'approved'] },
      { status: [] },
      { grade: 'poor' },
      { grade: 'excellent', fiscalYear: 2025 },
      { unitIds: [korla], fiscalYear: 2023, status: 'draft' },
    ];
  });

  it('is backfilled from existing projects and follows imports', async () => {
    const { db } = ctx.database;
    // Rebuild the rollups from the projects now stored: the migration's backfill.
    const migration = listMigrations()['0010-project-totals']!;
    await migration.down!(db as unknown as Kysely<unknown>);
    await migration.up(db as unknown as Kysely<unknown>);
    await expectExact();
    expect((await listProjects(db, { limit: 1, offset: 0 })).total).toBe(5);
  });

  it('follows a bulk insert (COPY on PostgreSQL), saves, status changes, grade and unit moves', async () => {
    const { database } = ctx;
    const { db } = database;
    const samples = buildSampleProjects({ unit: '兴隆县医疗保障局', fiscalYear: 2025 });
    const items = Array.from({ length: 120 }, (_, i) => ({
      unitId: xinglong,
      project: { ...samples[i % 3]!, code: `T${i}`, name: `批量项目${i}`, funds: { total: 1_000 + i, fiscal: 1_000 + i, other: 0 } },
    }));
    const bulk = await bulkInsertProjects(database, items, { actor: 'generator' });
    await expectExact();

    // A save that changes the funds and the year.
    const stored = (await getProject(db, bulk.ids[0]!))!;
    const saved = await updateProject(db, stored.id, stored.version, { ...stored.project, fiscalYear: 2024, funds: { total: 7_777, fiscal: 7_777, other: 0 } }, 't');
    await expectExact();
    await setProjectStatus(db, saved.id, saved.version, 'submitted', 't');
    await setProjectStatus(db, bulk.ids[1]!, 1, 'approved', 't');
    await expectExact();
    await db.updateTable('projects').set({ grade: 'poor' }).where('id', 'in', bulk.ids.slice(2, 40)).execute();
    await db.updateTable('projects').set({ unit_id: korla }).where('id', 'in', bulk.ids.slice(30, 50)).execute();
    await db.updateTable('projects').set({ funds_total: null }).where('id', '=', bulk.ids[60]!).execute();
    await expectExact();
  });

  it('follows deletes, dropping emptied rollup rows', async () => {
    const { db } = ctx.database;
    await db.deleteFrom('projects').where('unit_id', '=', menyuan).execute();
    await expectExact();
    const left = await sql<{ n: number }>`select count(*) as n from project_unit_totals where unit_id = ${menyuan}`.execute(db);
    expect(Number(left.rows[0]!.n)).toBe(0);
    expect((await listProjects(db, { unitIds: [menyuan], limit: 1, offset: 0 })).total).toBe(0);
  });

  it('rolls back with the write that failed', async () => {
    const { database } = ctx;
    const p = buildSampleProjects({ fiscalYear: 2025 })[0]!;
    const before = await readRollups(database.db);
    // The second has the natural key (unit, year, code) of a bulk-inserted project: the whole batch fails.
    const items = [
      { unitId: xinglong, project: { ...p, code: 'NEW-1', name: '新项目' } },
      { unitId: xinglong, project: { ...p, code: 'T5', name: '新项目' } },
    ];
    await expect(bulkInsertProjects(database, items, { actor: 'generator' })).rejects.toThrow();
    expect(await readRollups(database.db)).toEqual(before);
    await expectExact();
  });
});

describeEachDialect('bounded counts for search and category filters (countUpTo)', (ctx) => {
  let unitId = '';
  beforeAll(async () => {
    const { database } = ctx;
    unitId = (await findOrCreateUnit(database.db, { code: '130822001', name: '兴隆县医疗保障局' })).id;
    const samples = buildSampleProjects({ unit: '兴隆县医疗保障局', fiscalYear: 2025 });
    const items = Array.from({ length: 30 }, (_, i) => ({
      unitId,
      project: { ...samples[i % 3]!, code: `S${i}`, name: i < 25 ? `宣传项目${i}` : `其他项目${i}`, funds: { total: 100 + i, fiscal: 100 + i, other: 0 } },
    }));
    await bulkInsertProjects(database, items, { actor: 'generator' });
  });

  it('is exact, with the funds total, while the matches fit under the bound', async () => {
    const { db } = ctx.database;
    const exact = await listProjects(db, { search: '宣传', limit: 5, offset: 0 });
    const bounded = await listProjects(db, { search: '宣传', limit: 5, offset: 0, countUpTo: 25 });
    expect(exact).toMatchObject({ total: 25, fundsTotal: 25 * 100 + (24 * 25) / 2, totalIsLowerBound: false });
    expect(bounded).toMatchObject({ total: 25, fundsTotal: exact.fundsTotal, totalIsLowerBound: false });
    expect(bounded.rows).toEqual(exact.rows);
  });

  it('stops counting past the bound: a lower bound without a funds total, still more than the page', async () => {
    const { db } = ctx.database;
    const bounded = await listProjects(db, { search: '宣传', limit: 5, offset: 0, countUpTo: 10 });
    expect(bounded).toMatchObject({ total: 10, fundsTotal: null, totalIsLowerBound: true });
    expect(bounded.rows).toHaveLength(5);
    // A page beyond the bound: the count reaches past it, so "more follow" stays true.
    const late = await listProjects(db, { search: '宣传', limit: 5, offset: 15, countUpTo: 10 });
    expect(late).toMatchObject({ total: 21, totalIsLowerBound: true });
    expect(late.total).toBeGreaterThan(15 + late.rows.length);
    // The last page: everything counted, exact again.
    expect(await listProjects(db, { search: '宣传', limit: 5, offset: 20, countUpTo: 10 })).toMatchObject({ total: 25, totalIsLowerBound: false });
    // Category filter: all 30 have an economicCost indicator.
    const category = await listProjects(db, { level2: 'economicCost', fiscalYear: 2025, limit: 5, offset: 0, countUpTo: 10 });
    expect(category).toMatchObject({ total: 10, fundsTotal: null, totalIsLowerBound: true });
    // Counted in the page's order (see readTotals): the same exact count and funds under the bound, with or without a year.
    expect(await listProjects(db, { level2: 'economicCost', fiscalYear: 2025, limit: 5, offset: 0, countUpTo: 30 })).toMatchObject({ total: 30, fundsTotal: 30 * 100 + (29 * 30) / 2, totalIsLowerBound: false });
    expect(await listProjects(db, { level2: 'economicCost', limit: 5, offset: 0, countUpTo: 40 })).toMatchObject({ total: 30, fundsTotal: 30 * 100 + (29 * 30) / 2, totalIsLowerBound: false });
    expect(await listProjects(db, { level2: 'economicCost', search: '宣传', limit: 5, offset: 0, countUpTo: 10 })).toMatchObject({ total: 10, fundsTotal: null, totalIsLowerBound: true });
  });
});
