import { sql } from 'kysely';
import { bulkInsertProjects } from '@jixiao/storage';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { makeProject } from './support/make-project';

/**
 * The list's totals come from the rollups of migration 0010 whenever the filter is on unit, year,
 * status or grade. Over HTTP, for scoped and province-wide users, after writes through the API,
 * they must equal a count over the projects themselves.
 */
let t: TestApp;
let admin: Session;
let preparer: Session;
let dept: Session;
let unitHead: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  preparer = await t.login('preparer');
  dept = await t.login('deptreviewer');
  unitHead = await t.login('unithead');
  for (let i = 0; i < 6; i++) {
    await t.addProject('A1', i % 2 ? 'draft' : 'submitted', makeProject(`甲项目${i}`, { fiscalYear: 2023 + (i % 3), funds: { total: 100_00 * (i + 1), fiscal: 100_00 * (i + 1), other: 0 } }));
    await t.addProject('B1', 'draft', makeProject(`乙项目${i}`, { fiscalYear: 2024, funds: { total: i === 0 ? null : 7_00 * i, fiscal: null, other: null } }));
  }
});
afterAll(() => t.close());

interface Page {
  total: number;
  fundsTotal: number;
}

async function listTotals(s: Session, query: string): Promise<Page> {
  const res = await t.request(s, { method: 'GET', url: `/api/projects?limit=1${query}` });
  expect(res.statusCode).toBe(200);
  const body = res.json() as Page;
  return { total: body.total, fundsTotal: body.fundsTotal };
}

async function countExactly(unitIds: readonly string[] | null, where: { year?: number; status?: string }): Promise<Page> {
  const db = t.database.db;
  const row = await sql<{ n: number; funds: number }>`
    select count(*) as n, coalesce(sum(funds_total), 0) as funds from projects
    where ${unitIds ? sql`unit_id in (${sql.join(unitIds)})` : sql`1 = 1`}
      and ${where.year !== undefined ? sql`fiscal_year = ${where.year}` : sql`1 = 1`}
      and ${where.status !== undefined ? sql`status = ${where.status}` : sql`1 = 1`}`.execute(db);
  return { total: Number(row.rows[0]!.n), fundsTotal: Number(row.rows[0]!.funds) };
}

async function expectAllExact(): Promise<void> {
  const { A1, B1 } = t.units;
  const cases: [Session, readonly string[] | null, string, { year?: number; status?: string }][] = [
    [admin, null, '', {}],
    [admin, null, '&year=2024', { year: 2024 }],
    [admin, null, '&year=2024&status=draft', { year: 2024, status: 'draft' }],
    [admin, [B1], `&unitId=${B1}`, {}],
    [preparer, [A1], '', {}],
    [preparer, [A1], '&status=submitted', { status: 'submitted' }],
    [dept, [A1], '&year=2023', { year: 2023 }],
  ];
  for (const [session, units, query, where] of cases) {
    expect({ query, ...(await listTotals(session, query)) }).toEqual({ query, ...(await countExactly(units, where)) });
  }
}

it('list and dashboard totals equal the exact count and funds for every scope', async () => {
  await expectAllExact();
  expect((await listTotals(admin, '')).total).toBe(12);
  expect(await listTotals(admin, '&year=2024')).toEqual({ total: 8, fundsTotal: 200_00 + 500_00 + 7_00 * 15 });
});

it('stays exact after a save (preparer) and a submit (unit head) through the API', async () => {
  const p = await t.addProject('A1', 'draft', makeProject('改金额项目', { fiscalYear: 2024 }));
  const saved = await t.request(preparer, { method: 'PUT', url: `/api/projects/${p.id}`, payload: { version: p.version, project: makeProject('改金额项目', { fiscalYear: 2025, funds: { total: 3_333_33, fiscal: 3_333_33, other: 0 } }) } });
  expect(saved.statusCode).toBe(200);
  const version = (saved.json() as { version: number }).version;
  const submitted = await t.request(unitHead, { method: 'POST', url: `/api/projects/${p.id}/transitions`, payload: { version, action: 'submit' } });
  expect(submitted.statusCode).toBe(200);
  await expectAllExact();
  expect(await listTotals(preparer, '&year=2025&status=submitted')).toEqual({ total: 2, fundsTotal: 300_00 + 3_333_33 });
});

it('a search matching more than 1,000 projects answers "1000+" without a funds total; narrower searches stay exact', async () => {
  const items = Array.from({ length: 1_005 }, (_, i) => ({
    unitId: t.units.B1,
    project: makeProject(`宣传推广项目${i}`, { fiscalYear: 2026, funds: { total: 1_00, fiscal: 1_00, other: 0 } }),
  }));
  await bulkInsertProjects(t.database, items, { actor: 'fixture' });
  const wide = (await t.request(admin, { method: 'GET', url: `/api/projects?limit=20&q=${encodeURIComponent('宣传推广')}` })).json() as Page & { totalIsLowerBound: boolean; rows: unknown[] };
  expect(wide).toMatchObject({ total: 1000, fundsTotal: null, totalIsLowerBound: true });
  expect(wide.rows).toHaveLength(20);
  const narrow = (await t.request(admin, { method: 'GET', url: `/api/projects?limit=20&q=${encodeURIComponent('宣传推广项目100')}` })).json() as Page & { totalIsLowerBound: boolean };
  // 宣传推广项目100 and 1000…1004
  expect(narrow).toMatchObject({ total: 6, fundsTotal: 6_00, totalIsLowerBound: false });
  // Filters on year/status/unit are exact at any size (rollups).
  expect((await t.request(admin, { method: 'GET', url: '/api/projects?limit=1&year=2026' })).json()).toMatchObject({ total: 1_005, fundsTotal: 1_005_00, totalIsLowerBound: false });
  await expectAllExact();
});
