import { listProjects, type Database, type Schema } from '@jixiao/storage';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';

export interface QueryPlan {
  readonly name: string;
  readonly sql: string;
  readonly executionMs: number | null;
  readonly plan: readonly string[];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the queries behind the list, filter, search, dashboard, library and
 * review-queue requests, as the application issues them (captured from Kysely's log, same SQL and
 * parameters), on the PostgreSQL database of the scale bench.
 */
export async function explainMainQueries(database: Database): Promise<QueryPlan[]> {
  const pool = database.pgPool;
  if (!pool) return [];
  let captured: CompiledQuery[] = [];
  // Shares the pool; never destroyed here (that would end the pool).
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: (e) => { if (e.level === 'query') captured.push(e.query); } });
  const department = await database.db.selectFrom('units').select('id').where('kind', '=', 'department').orderBy('code').executeTakeFirstOrThrow();
  const subtree = (await database.db.selectFrom('units').select('id').where('parent_id', '=', department.id).execute()).map((u) => u.id);
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['list', () => listProjects(db, { limit: 50, offset: 0 })],
    ['filter', () => listProjects(db, { fiscalYear: 2024, status: 'submitted', limit: 50, offset: 0 })],
    // The list route bounds search and category counts at 1,000 (LIST_COUNT_UP_TO).
    ['search', () => listProjects(db, { search: '宣传', limit: 50, offset: 0, countUpTo: 1000 })],
    ['category filter', () => listProjects(db, { fiscalYear: 2024, level2: 'economicBenefit', limit: 50, offset: 0, countUpTo: 1000 })],
    ['dashboard', () => listProjects(db, { fiscalYear: 2024, limit: 1, offset: 0 })],
    ['review queue', () => listProjects(db, { unitIds: subtree, status: ['submitted', 'dept_review'], sort: { field: 'updatedAt', direction: 'asc' }, limit: 50, offset: 0 })],
    [
      'library',
      () =>
        sql`select name, count(*) as projects, count(distinct project_id) as n from indicators where fiscal_year = 2024 and level2 = ${'quantity'} group by name order by count(*) desc limit 50`.execute(db),
    ],
  ];
  const out: QueryPlan[] = [];
  for (const [name, run] of cases) {
    captured = [];
    await run();
    for (const [i, q] of captured.entries()) {
      const r = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]);
      const plan = r.rows.map((row) => row['QUERY PLAN']);
      const time = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)?.[1]).find((x) => x !== undefined);
      out.push({ name: captured.length > 1 ? `${name} (${i === 0 ? 'page' : 'totals'})` : name, sql: q.sql, executionMs: time ? Number(time) : null, plan });
    }
  }
  return out;
}
