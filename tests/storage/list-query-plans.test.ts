import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listProjects, migrateToLatest, type Schema } from '@jixiao/storage';
import { createSqliteDialect } from '../../packages/storage/src/create-sqlite-dialect';

/**
 * The SQLite plans of the list's page queries in the default order (newest first): each walks an
 * index in order and stops after the page — no "USE TEMP B-TREE FOR ORDER BY", which sorts every
 * matching row (the year-only dashboard query did that before migration 0011: 1.4 s p50 at
 * 100,000 projects).
 */
const dir = mkdtempSync(join(tmpdir(), 'jixiao-plans-'));
const sqlite = new BetterSqlite3(join(dir, 'plans.db'));
const seen: string[] = [];
const prepare = sqlite.prepare.bind(sqlite);
sqlite.prepare = ((text: string) => {
  seen.push(text);
  return prepare(text);
}) as typeof sqlite.prepare;
const db = new Kysely<Schema>({ dialect: createSqliteDialect(sqlite) });

beforeAll(async () => {
  await migrateToLatest(db);
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function pagePlan(filter: Parameters<typeof listProjects>[1]): Promise<string> {
  seen.length = 0;
  await listProjects(db, filter);
  const page = seen.find((s) => /from "projects"/.test(s) && /order by/.test(s) && /limit/.test(s));
  expect(page, `page query among:\n${seen.join('\n')}`).toBeDefined();
  const params = (page!.match(/\?/g) ?? []).map(() => null);
  const rows = prepare(`explain query plan ${page!}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const FILTERS: Array<[string, Parameters<typeof listProjects>[1]]> = [
  ['unfiltered list', { limit: 50, offset: 0 }],
  ['dashboard: one year', { fiscalYear: 2024, limit: 1, offset: 0 }],
  ['filter: year and status', { fiscalYear: 2024, status: 'submitted', limit: 50, offset: 0 }],
  ['grade filter', { grade: 'poor', limit: 50, offset: 0 }],
];

for (const [name, filter] of FILTERS) {
  it(`${name}: the page is read from an index in order, not sorted`, async () => {
    const plan = await pagePlan(filter);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(plan).toMatch(/USING (COVERING )?INDEX/);
  });
}

it('without migration 0011 the one-year page would be sorted (the test can fail)', async () => {
  await sql`drop index projects_year_updated_idx`.execute(db);
  try {
    expect(await pagePlan({ fiscalYear: 2024, limit: 1, offset: 0 })).toMatch(/TEMP B-TREE FOR ORDER BY/);
  } finally {
    await db.schema.createIndex('projects_year_updated_idx').on('projects').columns(['fiscal_year', 'updated_at', 'id']).execute();
  }
});
