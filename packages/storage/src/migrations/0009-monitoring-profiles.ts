import { sql, type Kysely, type Migration } from 'kysely';

/**
 * 双监控 thresholds per unit (region, department or unit): at most one profile per unit, applying to the unit and
 * everything below it unless a lower unit has its own (the nearest ancestor wins; none → the rules' defaults).
 * Versioned for optimistic concurrency; CHECKs repeat the core validation's orderings.
 */
export const monitoringProfiles: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('monitoring_profiles')
      .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id').onDelete('cascade'))
      .addColumn('execution_yellow_points', 'double precision', (c) => c.notNull())
      .addColumn('execution_red_points', 'double precision', (c) => c.notNull())
      .addColumn('time_basis', 'text', (c) => c.notNull().check(sql`time_basis in ('daily', 'monthly', 'quarterly')`))
      .addColumn('indicator_red', 'double precision', (c) => c.notNull())
      .addColumn('indicator_yellow', 'double precision', (c) => c.notNull())
      .addColumn('indicator_blue', 'double precision', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('monitoring_profiles_points_check', sql`execution_yellow_points >= 0 and execution_red_points > execution_yellow_points and execution_red_points <= 100`)
      .addCheckConstraint('monitoring_profiles_bands_check', sql`indicator_red > 0 and indicator_yellow > indicator_red and indicator_yellow < 1 and indicator_blue > 1`)
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('monitoring_profiles').execute();
  },
};
