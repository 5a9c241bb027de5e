import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDocument, splitTextRows } from '@jixiao/core';
import { saveDepartmentTarget, updateProject, getProject } from '@jixiao/storage';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';

let queries = 0;
const counter: KyselyPlugin = {
  transformQuery(args) {
    queries++;
    return args.node;
  },
  async transformResult(args) {
    return args.result;
  },
};

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp({}, (db) => db.withPlugin(counter));
  s = await t.login('preparer');
});
afterAll(() => t.close());

async function countListQueries(url: string): Promise<number> {
  queries = 0;
  const res = await t.request(s, { method: 'GET', url });
  expect(res.statusCode).toBe(200);
  return queries;
}

it('a list request costs the same number of SQL queries for 2 rows and for 40 (no N+1)', async () => {
  for (let i = 0; i < 2; i++) await t.addProject('A1');
  const few = await countListQueries('/api/projects?limit=100');
  for (let i = 0; i < 38; i++) await t.addProject('A1');
  const many = await countListQueries('/api/projects?limit=100');
  expect(many).toBe(few);
  // session + unit scope + page + totals
  expect(few).toBeLessThanOrEqual(4);
});

/**
 * Every main GET route costs a constant number of queries whatever the number of projects, versions
 * and department targets (each route is counted with few rows, then again after many more are added).
 */
it('list, filters, detail, versions, review queue and department targets: constant query count (no N+1)', async () => {
  const reviewer = await t.login('deptreviewer');
  const sample = recognizeDocument(
    { format: 'txt', rows: splitTextRows(readFileSync(join(import.meta.dirname, '../../fixtures/samples/004_b5b5933a0db36905.txt'), 'utf8')), issues: [] },
    { file: '004.txt' },
  );
  const target = sample.departmentTargets[0]!;
  let targets = 0;
  const addTargets = async (n: number) => {
    for (let i = 0; i < n; i++, targets++) {
      await saveDepartmentTarget(t.database.db, { unitId: t.units.A1, fiscalYear: 2024, naturalKey: `qc-${targets}`, target, at: new Date().toISOString() });
    }
  };
  const addVersions = async (id: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const stored = (await getProject(t.database.db, id))!;
      await updateProject(t.database.db, id, stored.version, { ...stored.project, name: `${stored.project.name}改${i}` }, 'fixture');
    }
  };
  const first = await t.addProject('A1', 'submitted');
  await addTargets(1);
  const urls = (id: string): Array<[string, typeof s]> => [
    ['/api/projects?limit=100', s],
    ['/api/projects?limit=100&year=2024&status=submitted', s],
    [`/api/projects?limit=100&q=${encodeURIComponent('项目')}`, s],
    ['/api/projects?limit=100&level2=quantity', s],
    ['/api/projects?limit=100&sort=fundsTotal:desc', s],
    [`/api/projects/${id}`, s],
    [`/api/projects/${id}/versions`, s],
    ['/api/review-queue?limit=100', reviewer],
    ['/api/department-targets', s],
  ];
  const count = async (url: string, session: Session) => {
    queries = 0;
    const res = await t.request(session, { method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return queries;
  };
  const few: number[] = [];
  for (const [url, session] of urls(first.id)) few.push(await count(url, session));
  for (let i = 0; i < 30; i++) await t.addProject('A1', 'submitted');
  await addVersions(first.id, 5);
  await addTargets(15);
  const many: number[] = [];
  for (const [url, session] of urls(first.id)) many.push(await count(url, session));
  expect(many).toEqual(few);
  // Nothing per row: a handful of queries each (session, scope, the page and its totals, …).
  for (const n of many) expect(n).toBeGreaterThanOrEqual(2);
  for (const n of many) expect(n).toBeLessThanOrEqual(6);
});
