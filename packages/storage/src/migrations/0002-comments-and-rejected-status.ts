import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

const WITH_REJECTED = `'draft', 'submitted', 'dept_review', 'finance_review', 'approved', 'returned', 'adjusting', 'rejected'`;
const WITHOUT_REJECTED = `'draft', 'submitted', 'dept_review', 'finance_review', 'approved', 'returned', 'adjusting'`;

/**
 * Adds the `rejected` (不通过) status to the projects check constraint and the `project_comments`
 * table. SQLite cannot alter a check constraint, so there the projects table is rebuilt from its
 * own stored definition (the documented 12-step procedure: foreign keys off, copy, drop, rename,
 * indexes back, foreign_key_check); createMigrator turns foreign keys off before the migration
 * transaction starts (the pragmas here only matter when it runs outside one). PostgreSQL swaps the
 * constraint in place.
 */
export const commentsAndRejectedStatus: Migration = {
  async up(db: Kysely<unknown>) {
    await replaceStatusCheck(db, WITHOUT_REJECTED, WITH_REJECTED);
    await db.schema
      .createTable('project_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('indicator_index', 'integer')
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('author_role', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('project_comments_project_idx')
      .on('project_comments')
      .columns(['project_id', 'created_at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('project_comments').execute();
    await sql`update projects set status = 'returned' where status = 'rejected'`.execute(db);
    await replaceStatusCheck(db, WITH_REJECTED, WITHOUT_REJECTED);
  },
};

async function replaceStatusCheck(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (!isSqlite) {
    await sql`alter table projects drop constraint projects_status_check`.execute(db);
    await sql.raw(`alter table projects add constraint projects_status_check check (status in (${to}))`).execute(db);
    return;
  }
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'projects'`.execute(db);
  const createSql = table.rows[0]?.sql;
  if (!createSql || !createSql.includes(from)) throw new Error('migration 0002: unexpected projects table definition');
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'projects' and sql is not null`.execute(db);
  const newSql = createSql.replace(from, to).replace(/^create table\s+"?projects"?/i, 'create table "projects_rebuild"');
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql.raw(newSql).execute(db);
    await sql`insert into projects_rebuild select * from projects`.execute(db);
    await sql`drop table projects`.execute(db);
    await sql`alter table projects_rebuild rename to projects`.execute(db);
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('migration 0002: foreign key check failed');
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
