import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Department budget disclosures (部门预算公开): one row per department unit and fiscal year with
 * the current budget document (JSON text), and every saved version in `disclosure_versions`. A
 * published (已公开) version is frozen: triggers on both dialects refuse to update or delete a
 * version row once its status is `published`, so a later edit can only add a new draft version.
 */
export const disclosures: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('disclosures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
      .addColumn('fiscal_year', 'integer', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('published_version', 'integer')
      .addColumn('published_at', 'text')
      .addColumn('published_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('disclosures_unit_year_key', ['unit_id', 'fiscal_year'])
      .addCheckConstraint('disclosures_status_check', sql`status in ('draft', 'published')`)
      .addCheckConstraint('disclosures_version_check', sql`version >= 1`)
      .execute();
    await db.schema.createIndex('disclosures_year_idx').on('disclosures').columns(['fiscal_year', 'unit_id']).execute();

    await db.schema
      .createTable('disclosure_versions')
      .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('published_by', 'text')
      .addPrimaryKeyConstraint('disclosure_versions_pkey', ['disclosure_id', 'version'])
      .addCheckConstraint('disclosure_versions_status_check', sql`status in ('draft', 'published')`)
      .execute();

    const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    if (isSqlite) {
      await sql`create trigger disclosure_versions_frozen_update before update on disclosure_versions
        when old.status = 'published'
        begin select raise(abort, 'published disclosure version is immutable'); end`.execute(db);
      await sql`create trigger disclosure_versions_frozen_delete before delete on disclosure_versions
        when old.status = 'published'
        begin select raise(abort, 'published disclosure version is immutable'); end`.execute(db);
    } else {
      await sql`create function disclosure_versions_frozen() returns trigger language plpgsql as $$
        begin
          if old.status = 'published' then
            raise exception 'published disclosure version is immutable';
          end if;
          if tg_op = 'DELETE' then return old; end if;
          return new;
        end $$`.execute(db);
      await sql`create trigger disclosure_versions_frozen before update or delete on disclosure_versions
        for each row execute function disclosure_versions_frozen()`.execute(db);
    }
  },

  async down(db: Kysely<unknown>) {
    const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema.dropTable('disclosure_versions').execute();
    if (!isSqlite) await sql`drop function if exists disclosure_versions_frozen()`.execute(db);
    await db.schema.dropTable('disclosures').execute();
  },
};
