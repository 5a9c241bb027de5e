import { expect, it } from 'vitest';
import { listMigrations, migrateToEmpty, migrateToLatest } from '@jixiao/storage';
import { countRows } from './support/count-rows';
import { describeEachDialect } from './support/describe-each-dialect';

describeEachDialect(
  'migrations',
  (ctx) => {
    it('migrates an empty database to the latest schema, then is a no-op', async () => {
      const { db } = ctx.database;
      const results = await migrateToLatest(db);
      expect(results.map((r) => [r.migrationName, r.status])).toEqual(
        Object.keys(listMigrations()).map((name) => [name, 'Success']),
      );
      expect(await countRows(db)).toEqual({
        units: 0,
        projects: 0,
        indicators: 0,
        project_versions: 0,
        department_targets: 0,
        import_batches: 0,
        audit_log: 0,
        users: 0,
        sessions: 0,
      });
      const head = await db.selectFrom('audit_head').selectAll().execute();
      expect(head).toEqual([{ id: 1, seq: 0, hash: '0'.repeat(64) }]);
      expect(await migrateToLatest(db)).toEqual([]);
    });

    it('migrates down to nothing and up again', async () => {
      const { db } = ctx.database;
      const down = await migrateToEmpty(db);
      expect(down.every((r) => r.direction === 'Down' && r.status === 'Success')).toBe(true);
      const tables = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
      expect(tables).toEqual([]);
      await migrateToLatest(db);
      // Yearly partitions of indicators / project_versions (PostgreSQL, migration 0008) are not listed.
      const after = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_') && !/_(y\d{4}|default)$/.test(n));
      expect(after.sort()).toEqual(
        ['audit_head', 'audit_log', 'checkpoint_indicators', 'department_targets', 'disclosure_versions', 'disclosures', 'execution_entries', 'import_batches', 'indicators', 'library_change_requests', 'library_entries', 'library_unit_publications', 'monitoring_checkpoints', 'monitoring_plans', 'monitoring_profiles', 'project_comments', 'project_totals', 'project_unit_totals', 'project_versions', 'projects', 'score_overrides', 'self_evaluation_entries', 'self_evaluations', 'sessions', 'units', 'users'],
      );
    });
  },
  { migrate: false },
);
