import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/** Yearly partitions created up front on PostgreSQL; other years (and 0 = unknown) go to the default partition. */
export const FIRST_PARTITION_YEAR = 2015;
export const LAST_PARTITION_YEAR = 2040;

/**
 * Adds `fiscal_year` (the project's year, 0 when unknown) to the two large child tables,
 * `indicators` (~15 per project) and `project_versions` (a full JSON document per save), and on
 * PostgreSQL rebuilds both as tables partitioned by range of that year.
 *
 * `projects` itself is NOT partitioned: a partitioned table's primary and unique keys must contain
 * the partition key, so `projects(id)` could no longer be the target of the foreign keys that
 * comments, monitoring, self-evaluation and disclosures hold (migrations 0002, 0004–0007). Neither
 * child table is referenced by a foreign key, so their keys may grow the year:
 * `indicators` (id, fiscal_year) and unique (project_id, position, fiscal_year);
 * `project_versions` (project_id, version, fiscal_year) — equivalent to the old keys because all
 * rows of a project are written with the project's year, and versions are assigned under the
 * project row's optimistic lock. Their own foreign key to projects(id) keeps working (PostgreSQL
 * supports foreign keys from partitioned tables). See docs/scaling.md.
 *
 * SQLite keeps its tables (no partitioning there): the column is added with default 0 and filled.
 */
export const partitionByFiscalYear: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      for (const table of ['indicators', 'project_versions']) {
        await sql.raw(`alter table ${table} add column fiscal_year integer not null default 0`).execute(db);
        await sql.raw(`update ${table} set fiscal_year = coalesce((select p.fiscal_year from projects p where p.id = ${table}.project_id), 0)`).execute(db);
      }
      return;
    }
    await sql`alter table indicators rename to indicators_unpartitioned`.execute(db);
    await sql`alter table indicators_unpartitioned rename constraint indicators_pkey to indicators_unpartitioned_pkey`.execute(db);
    await sql`alter table indicators_unpartitioned rename constraint indicators_project_position_key to indicators_unpartitioned_project_position_key`.execute(db);
    await sql`drop index indicators_level2_idx`.execute(db);
    await sql`drop index indicators_name_idx`.execute(db);
    await sql`
      create table indicators (
        id text not null,
        project_id text not null references projects (id) on delete cascade,
        fiscal_year integer not null default 0,
        position integer not null,
        level1 text,
        level2 text,
        name text not null,
        target_text text,
        op text,
        value double precision,
        unit text,
        constraint indicators_pkey primary key (id, fiscal_year),
        constraint indicators_project_position_key unique (project_id, position, fiscal_year)
      ) partition by range (fiscal_year)`.execute(db);
    await createPartitions(db, 'indicators');
    await sql`
      insert into indicators (id, project_id, fiscal_year, position, level1, level2, name, target_text, op, value, unit)
      select i.id, i.project_id, coalesce(p.fiscal_year, 0), i.position, i.level1, i.level2, i.name, i.target_text, i.op, i.value, i.unit
      from indicators_unpartitioned i join projects p on p.id = i.project_id`.execute(db);
    await sql`drop table indicators_unpartitioned`.execute(db);
    // The list's 类别 filter (EXISTS … level2 = ? AND project_id = projects.id) and the library.
    await sql`create index indicators_level2_idx on indicators (level2, project_id)`.execute(db);
    await sql`create index indicators_name_idx on indicators (name)`.execute(db);

    await sql`alter table project_versions rename to project_versions_unpartitioned`.execute(db);
    await sql`alter table project_versions_unpartitioned rename constraint project_versions_pkey to project_versions_unpartitioned_pkey`.execute(db);
    await sql`
      create table project_versions (
        project_id text not null references projects (id) on delete cascade,
        fiscal_year integer not null default 0,
        version integer not null,
        status text not null,
        document text not null,
        changed_by text not null,
        changed_at text not null,
        change_note text,
        constraint project_versions_pkey primary key (project_id, version, fiscal_year)
      ) partition by range (fiscal_year)`.execute(db);
    await createPartitions(db, 'project_versions');
    await sql`
      insert into project_versions (project_id, fiscal_year, version, status, document, changed_by, changed_at, change_note)
      select v.project_id, coalesce(p.fiscal_year, 0), v.version, v.status, v.document, v.changed_by, v.changed_at, v.change_note
      from project_versions_unpartitioned v join projects p on p.id = v.project_id`.execute(db);
    await sql`drop table project_versions_unpartitioned`.execute(db);
  },

  async down(db: Kysely<unknown>): Promise<void> {
    if (db.getExecutor().adapter instanceof SqliteAdapter) {
      for (const table of ['indicators', 'project_versions']) await sql.raw(`alter table ${table} drop column fiscal_year`).execute(db);
      return;
    }
    await sql`alter table indicators rename to indicators_partitioned`.execute(db);
    await sql`alter table indicators_partitioned rename constraint indicators_pkey to indicators_partitioned_pkey`.execute(db);
    await sql`alter table indicators_partitioned rename constraint indicators_project_position_key to indicators_partitioned_project_position_key`.execute(db);
    await sql`drop index indicators_level2_idx`.execute(db);
    await sql`drop index indicators_name_idx`.execute(db);
    await sql`
      create table indicators (
        id text primary key, project_id text not null references projects (id) on delete cascade, position integer not null,
        level1 text, level2 text, name text not null, target_text text, op text, value double precision, unit text,
        constraint indicators_project_position_key unique (project_id, position)
      )`.execute(db);
    await sql`insert into indicators select id, project_id, position, level1, level2, name, target_text, op, value, unit from indicators_partitioned`.execute(db);
    await sql`drop table indicators_partitioned`.execute(db);
    await sql`create index indicators_level2_idx on indicators (level2, project_id)`.execute(db);
    await sql`create index indicators_name_idx on indicators (name)`.execute(db);
    await sql`alter table project_versions rename to project_versions_partitioned`.execute(db);
    await sql`alter table project_versions_partitioned rename constraint project_versions_pkey to project_versions_partitioned_pkey`.execute(db);
    await sql`
      create table project_versions (
        project_id text not null references projects (id) on delete cascade, version integer not null, status text not null,
        document text not null, changed_by text not null, changed_at text not null, change_note text,
        constraint project_versions_pkey primary key (project_id, version)
      )`.execute(db);
    await sql`insert into project_versions select project_id, version, status, document, changed_by, changed_at, change_note from project_versions_partitioned`.execute(db);
    await sql`drop table project_versions_partitioned`.execute(db);
  },
};

async function createPartitions(db: Kysely<unknown>, table: string): Promise<void> {
  for (let year = FIRST_PARTITION_YEAR; year <= LAST_PARTITION_YEAR; year++) {
    await sql.raw(`create table ${table}_y${year} partition of ${table} for values from (${year}) to (${year + 1})`).execute(db);
  }
  await sql.raw(`create table ${table}_default partition of ${table} default`).execute(db);
}
