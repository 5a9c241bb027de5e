import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Year-end self-evaluation (绩效自评, issue #6): one `self_evaluations` row per project with its
 * budget execution (fen) and optimistic-concurrency version; `self_evaluation_entries` holds the
 * actual value, deviation reason and improvement measure per indicator, keyed by the indicator's
 * POSITION in the project document (indicator rows are replaced on every project save, so no
 * foreign key to `indicators.id`); `score_overrides` keeps every reviewer override (the latest per
 * position applies), each one also written to the audit log.
 */
export const selfEvaluation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('self_evaluations')
      .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'submitted')`))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('budget', 'bigint')
      .addColumn('executed', 'bigint')
      .addColumn('achieved_goals', 'text')
      .addColumn('printed_total', 'double precision')
      .addColumn('printed_execution_score', 'double precision')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_file', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('self_evaluation_entries')
      .addColumn('project_id', 'text', (c) => c.notNull().references('self_evaluations.project_id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('actual_text', 'text')
      .addColumn('deviation_reason', 'text')
      .addColumn('improvement_measure', 'text')
      .addColumn('printed_score', 'double precision')
      .addColumn('form_weight', 'double precision')
      .addPrimaryKeyConstraint('self_evaluation_entries_pk', ['project_id', 'position'])
      .execute();
    await db.schema
      .createTable('score_overrides')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('previous_score', 'double precision', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('reviewer_id', 'text', (c) => c.notNull())
      .addColumn('reviewer_name', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('score_overrides_project_idx').on('score_overrides').columns(['project_id', 'at']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('score_overrides').execute();
    await db.schema.dropTable('self_evaluation_entries').execute();
    await db.schema.dropTable('self_evaluations').execute();
  },
};
