import type { Kysely, Migration } from 'kysely';

/**
 * Indexes chosen from the project list's query plans: the list's count and funds total read only
 * these narrow indexes instead of the wide rows (which carry the JSON document), and the default
 * order (updated_at desc, id) is read from an index instead of sorting every row.
 */
export const listCoveringIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('projects_totals_cover_idx').on('projects').columns(['fiscal_year', 'status', 'unit_id', 'funds_total']).execute();
    await db.schema.createIndex('projects_unit_totals_cover_idx').on('projects').columns(['unit_id', 'fiscal_year', 'status', 'funds_total']).execute();
    await db.schema.createIndex('projects_updated_id_idx').on('projects').columns(['updated_at', 'id']).execute();
    // Filtered pages in the default order walk one of these in order and stop after the page.
    await db.schema.createIndex('projects_year_status_updated_idx').on('projects').columns(['fiscal_year', 'status', 'updated_at', 'id']).execute();
    await db.schema.createIndex('projects_status_updated_idx').on('projects').columns(['status', 'updated_at', 'id']).execute();
    await db.schema.createIndex('projects_grade_updated_idx').on('projects').columns(['grade', 'updated_at', 'id']).execute();
    await db.schema.createIndex('projects_unit_updated_idx').on('projects').columns(['unit_id', 'updated_at', 'id']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const name of ['projects_unit_updated_idx', 'projects_grade_updated_idx', 'projects_status_updated_idx', 'projects_year_status_updated_idx']) {
      await db.schema.dropIndex(name).execute();
    }
    await db.schema.dropIndex('projects_updated_id_idx').execute();
    await db.schema.dropIndex('projects_unit_totals_cover_idx').execute();
    await db.schema.dropIndex('projects_totals_cover_idx').execute();
  },
};
