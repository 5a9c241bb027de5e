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
