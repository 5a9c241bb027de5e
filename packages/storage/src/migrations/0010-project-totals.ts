import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * The list's totals (count and funds of every matching project, shown above every list and on the
 * dashboard) without scanning the projects: two rollup tables kept by triggers in the same
 * transaction as every write to `projects` — single saves, status changes, imports, `COPY` bulk
 * loads and deletes alike, so no writer can forget them.
 *
 * - `project_totals` (fiscal_year, status, grade): a few hundred rows per province, read when the
 *   list is not restricted to units.
 * - `project_unit_totals` (unit_id, fiscal_year, status, grade): read for a unit scope.
 *
 * Null keys are stored as sentinels so they can be primary-key columns: fiscal year −1, grade ''.
 * Funds are summed as `coalesce(funds_total, 0)` in fen, which equals `coalesce(sum(funds_total), 0)`
 * over the projects. On PostgreSQL the triggers are statement-level with transition tables (one
 * grouped upsert per statement, so a `COPY` of 2,000 projects costs one upsert of its groups); SQLite
 * has row triggers only. Rows whose count drops to zero are deleted. See docs/scaling.md.
 */
export const projectTotals: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    const big = sqlite ? 'integer' : 'bigint';
    await sql.raw(`
      create table project_totals (
        fiscal_year integer not null, status text not null, grade text not null,
        project_count ${big} not null, funds_total ${big} not null,
        primary key (fiscal_year, status, grade))`).execute(db);
    await sql.raw(`
      create table project_unit_totals (
        unit_id text not null, fiscal_year integer not null, status text not null, grade text not null,
        project_count ${big} not null, funds_total ${big} not null,
        primary key (unit_id, fiscal_year, status, grade))`).execute(db);
    await sql.raw(`
      insert into project_totals (fiscal_year, status, grade, project_count, funds_total)
      select coalesce(fiscal_year, -1), status, coalesce(grade, ''), count(*), sum(coalesce(funds_total, 0))
      from projects group by 1, 2, 3`).execute(db);
    await sql.raw(`
      insert into project_unit_totals (unit_id, fiscal_year, status, grade, project_count, funds_total)
      select unit_id, coalesce(fiscal_year, -1), status, coalesce(grade, ''), count(*), sum(coalesce(funds_total, 0))
      from projects group by 1, 2, 3, 4`).execute(db);
    if (sqlite) await createSqliteTriggers(db);
    else await createPostgresTriggers(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      for (const t of ['insert', 'update', 'delete']) await sql.raw(`drop trigger project_totals_${t}`).execute(db);
    } else {
      for (const t of ['insert', 'update', 'delete']) await sql.raw(`drop trigger project_totals_${t} on projects`).execute(db);
      for (const t of ['insert', 'update', 'delete']) await sql.raw(`drop function project_totals_${t}()`).execute(db);
    }
    await sql.raw('drop table project_unit_totals').execute(db);
    await sql.raw('drop table project_totals').execute(db);
  },
};

/** SQLite: one upsert of `sign` × the row's contribution into both tables, then drop emptied rows. */
function sqliteApply(row: 'new' | 'old', sign: 1 | -1): string {
  const key = `coalesce(${row}.fiscal_year, -1), ${row}.status, coalesce(${row}.grade, '')`;
  const funds = `${sign} * coalesce(${row}.funds_total, 0)`;
  return `
    insert into project_totals (fiscal_year, status, grade, project_count, funds_total)
    values (${key}, ${sign}, ${funds})
    on conflict (fiscal_year, status, grade) do update set
      project_count = project_count + excluded.project_count, funds_total = funds_total + excluded.funds_total;
    insert into project_unit_totals (unit_id, fiscal_year, status, grade, project_count, funds_total)
    values (${row}.unit_id, ${key}, ${sign}, ${funds})
    on conflict (unit_id, fiscal_year, status, grade) do update set
      project_count = project_count + excluded.project_count, funds_total = funds_total + excluded.funds_total;
    ${sign < 0 ? `delete from project_totals where project_count = 0 and fiscal_year = coalesce(old.fiscal_year, -1) and status = old.status and grade = coalesce(old.grade, '');
    delete from project_unit_totals where project_count = 0 and unit_id = old.unit_id and fiscal_year = coalesce(old.fiscal_year, -1) and status = old.status and grade = coalesce(old.grade, '');` : ''}`;
}

async function createSqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create trigger project_totals_insert after insert on projects begin ${sqliteApply('new', 1)} end`).execute(db);
  await sql.raw(`create trigger project_totals_delete after delete on projects begin ${sqliteApply('old', -1)} end`).execute(db);
  await sql
    .raw(
      `create trigger project_totals_update after update of unit_id, fiscal_year, status, grade, funds_total on projects
       begin ${sqliteApply('old', -1)} ${sqliteApply('new', 1)} end`,
    )
    .execute(db);
}

/** `delta` is a grouped set of (unit_id, fiscal_year, status, grade, project_count, funds_total) changes. */
const PG_APPLY_DELTA = `
  with delta as (
    select unit_id, fiscal_year, status, grade, sum(project_count)::bigint as project_count, sum(funds_total)::bigint as funds_total
    from %s group by 1, 2, 3, 4
  ), by_unit as (
    insert into project_unit_totals as t (unit_id, fiscal_year, status, grade, project_count, funds_total)
    select * from delta where project_count <> 0 or funds_total <> 0 order by 1, 2, 3, 4
    on conflict (unit_id, fiscal_year, status, grade) do update set
      project_count = t.project_count + excluded.project_count, funds_total = t.funds_total + excluded.funds_total
  )
  insert into project_totals as t (fiscal_year, status, grade, project_count, funds_total)
  select fiscal_year, status, grade, sum(project_count), sum(funds_total) from delta group by 1, 2, 3
  having sum(project_count) <> 0 or sum(funds_total) <> 0 order by 1, 2, 3
  on conflict (fiscal_year, status, grade) do update set
    project_count = t.project_count + excluded.project_count, funds_total = t.funds_total + excluded.funds_total;
  delete from project_unit_totals where project_count = 0;
  delete from project_totals where project_count = 0;`;

function pgRows(table: string, sign: 1 | -1): string {
  return `select unit_id, coalesce(fiscal_year, -1) as fiscal_year, status, coalesce(grade, '') as grade,
    ${sign}::bigint as project_count, ${sign} * coalesce(funds_total, 0)::bigint as funds_total from ${table}`;
}

async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  // A partial index keeps the "delete emptied rows" step an index probe, not a scan.
  await sql.raw('create index project_unit_totals_empty_idx on project_unit_totals (project_count) where project_count = 0').execute(db);
  const bodies: Record<'insert' | 'update' | 'delete', string> = {
    insert: PG_APPLY_DELTA.replace('%s', `(${pgRows('new_rows', 1)}) d`),
    delete: PG_APPLY_DELTA.replace('%s', `(${pgRows('old_rows', -1)}) d`),
    update: PG_APPLY_DELTA.replace('%s', `(${pgRows('old_rows', -1)} union all ${pgRows('new_rows', 1)}) d`),
  };
  for (const [event, body] of Object.entries(bodies)) {
    await sql
      .raw(`create function project_totals_${event}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`)
      .execute(db);
  }
  // PostgreSQL allows transition tables only on single-event triggers: one trigger per event.
  await sql.raw(`create trigger project_totals_insert after insert on projects referencing new table as new_rows for each statement execute function project_totals_insert()`).execute(db);
  await sql.raw(`create trigger project_totals_update after update on projects referencing old table as old_rows new table as new_rows for each statement execute function project_totals_update()`).execute(db);
  await sql.raw(`create trigger project_totals_delete after delete on projects referencing old table as old_rows for each statement execute function project_totals_delete()`).execute(db);
}
