import { sql, type Kysely, type Migration } from 'kysely';

const CAUSES = `'经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'`;

/**
 * 双监控 (运行监控): execution entries (payments, integer fen), a monitoring spending plan per project (kept apart
 * from the declared document, so an approved, frozen project can still get a plan), and checkpoint records per
 * project and month with one row per indicator, addressed by the indicator's POSITION in the project document
 * (indicator rows are replaced on every save, so their ids are not stable). Checkpoints and plans carry a version
 * for optimistic concurrency.
 */
export const monitoring: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('execution_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('paid_on', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('manual', 'import')`))
      .addColumn('import_file', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('execution_entries_project_idx').on('execution_entries').columns(['project_id', 'paid_on', 'id']).execute();
    await db.schema
      .createTable('monitoring_plans')
      .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
      .addColumn('fiscal_year', 'integer')
      .addColumn('checkpoints', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('monitoring_checkpoints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('month', 'integer', (c) => c.notNull().check(sql`month between 1 and 12`))
      .addColumn('execution_cause', 'text', (c) => c.check(sql.raw(`execution_cause in (${CAUSES})`)))
      .addColumn('execution_measure', 'text')
      .addColumn('execution_adjust', 'integer')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('monitoring_checkpoints_project_month_key', ['project_id', 'month'])
      .execute();
    await db.schema
      .createTable('checkpoint_indicators')
      .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('monitoring_checkpoints.id').onDelete('cascade'))
      .addColumn('indicator_position', 'integer', (c) => c.notNull())
      .addColumn('indicator_name', 'text', (c) => c.notNull())
      .addColumn('progress_text', 'text')
      .addColumn('forecast_text', 'text')
      .addColumn('deviation_cause', 'text', (c) => c.check(sql.raw(`deviation_cause in (${CAUSES})`)))
      .addColumn('corrective_measure', 'text')
      .addColumn('adjust_target', 'integer')
      .addPrimaryKeyConstraint('checkpoint_indicators_pkey', ['checkpoint_id', 'indicator_position'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('checkpoint_indicators').execute();
    await db.schema.dropTable('monitoring_checkpoints').execute();
    await db.schema.dropTable('monitoring_plans').execute();
    await db.schema.dropTable('execution_entries').execute();
  },
};
