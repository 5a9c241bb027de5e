import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The indicator library's curated side (issue 8): entries an administrator publishes
 * (`library_entries`, locked once published), change requests with a reason that another
 * administrator approves or rejects (`library_change_requests`), and the units whose indicators an
 * administrator made visible to every unit (`library_unit_publications`).
 */
export const libraryCuration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('library_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('cluster_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level1', 'text')
      .addColumn('level2', 'text')
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('formula', 'text')
      .addColumn('unit', 'text')
      .addColumn('direction', 'text', (c) => c.notNull().check(sqlIn('direction', ['higher', 'lower', 'neutral'])))
      .addColumn('value_basis', 'text')
      .addColumn('source', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['draft', 'published', 'withdrawn'])))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text')
      .addColumn('published_at', 'text')
      .execute();
    await db.schema.createIndex('library_entries_cluster_idx').on('library_entries').columns(['cluster_id', 'status']).execute();
    await db.schema
      .createTable('library_change_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entry_id', 'text', (c) => c.notNull().references('library_entries.id').onDelete('cascade'))
      .addColumn('entry_version', 'integer', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['pending', 'approved', 'rejected'])))
      .addColumn('requested_by', 'text', (c) => c.notNull())
      .addColumn('requested_by_name', 'text', (c) => c.notNull())
      .addColumn('requested_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_by_name', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('decision_note', 'text')
      .execute();
    await db.schema.createIndex('library_change_requests_entry_idx').on('library_change_requests').columns(['entry_id', 'requested_at']).execute();
    await db.schema
      .createTable('library_unit_publications')
      .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id').onDelete('cascade'))
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('library_unit_publications').execute();
    await db.schema.dropTable('library_change_requests').execute();
    await db.schema.dropTable('library_entries').execute();
  },
};

function sqlIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}
