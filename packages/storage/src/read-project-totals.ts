import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ProjectTotalsTables } from './project-totals-tables';
import type { ProjectStatus, Schema } from './schema';

export interface ProjectTotalsFilter {
  readonly unitIds?: readonly string[];
  readonly fiscalYear?: number;
  readonly status?: ProjectStatus | readonly ProjectStatus[];
  readonly grade?: string;
}

export interface ProjectTotals {
  readonly total: number;
  /** Sum of funds_total (fen). */
  readonly fundsTotal: number;
}

type Rollups = Schema & ProjectTotalsTables;

/**
 * Count and funds of the projects matching a filter on unit, year, status and grade, read from
 * the trigger-maintained rollups (migration 0010) instead of the projects: a few hundred rollup
 * rows province-wide, or the scoped units' rows. Exact — the rollups change in the same
 * transaction as the projects. One query.
 */
export async function readProjectTotals(db: Kysely<Schema>, filter: ProjectTotalsFilter): Promise<ProjectTotals> {
  const rollups = db.withTables<ProjectTotalsTables>();
  const select = [
    sql<number>`cast(coalesce(sum(project_count), 0) as bigint)`.as('total'),
    sql<number>`cast(coalesce(sum(funds_total), 0) as bigint)`.as('funds_total'),
  ];
  const row = filter.unitIds
    ? await rollups
        .selectFrom('project_unit_totals')
        .where((eb) => {
          const unitIds = filter.unitIds ?? [];
          const unit = unitIds.length ? eb('unit_id', 'in', [...unitIds]) : sql<SqlBool>`1 = 0`;
          return eb.and([unit, ...keyConditions(eb as ExpressionBuilder<Rollups, 'project_totals'>, filter)]);
        })
        .select(select)
        .executeTakeFirstOrThrow()
    : await rollups
        .selectFrom('project_totals')
        .where((eb) => eb.and(keyConditions(eb, filter)))
        .select(select)
        .executeTakeFirstOrThrow();
  return { total: Number(row.total), fundsTotal: Number(row.funds_total) };
}

function keyConditions(eb: ExpressionBuilder<Rollups, 'project_totals'>, f: ProjectTotalsFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  // −1 and '' are the rollups' "none" sentinels; a filter names a real year and grade.
  if (f.fiscalYear !== undefined) conditions.push(f.fiscalYear >= 0 ? eb('fiscal_year', '=', f.fiscalYear) : sql<SqlBool>`1 = 0`);
  if (f.status !== undefined) {
    const statuses = typeof f.status === 'string' ? [f.status] : [...f.status];
    conditions.push(statuses.length ? eb('status', 'in', statuses) : sql<SqlBool>`1 = 0`);
  }
  if (f.grade !== undefined) conditions.push(f.grade !== '' ? eb('grade', '=', f.grade) : sql<SqlBool>`1 = 0`);
  return conditions;
}
