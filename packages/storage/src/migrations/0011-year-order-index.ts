import type { Kysely, Migration } from 'kysely';

/**
 * The dashboard and every list filtered on the year alone (`year=2024`, newest first) walk
 * (fiscal_year, updated_at, id) in order and stop after the page. Without it SQLite read the whole
 * year from the (fiscal_year, status, …) index and sorted it: 1.4 s p50 at 100,000 projects
 * (bench report of 2026-12-06T06:49). PostgreSQL happened to walk the updated_at index backwards
 * and filter, which degrades when the year is a small share of the rows.
 */
export const yearOrderIndex: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('projects_year_updated_idx').on('projects').columns(['fiscal_year', 'updated_at', 'id']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('projects_year_updated_idx').execute();
  },
};
