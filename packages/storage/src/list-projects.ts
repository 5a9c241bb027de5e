import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { readProjectTotals } from './read-project-totals';
import type { ProjectStatus, Schema } from './schema';

export type ProjectSortField = 'name' | 'code' | 'fundsTotal' | 'fiscalYear' | 'status' | 'score' | 'createdAt' | 'updatedAt';

export interface ProjectSort {
  readonly field: ProjectSortField;
  readonly direction: 'asc' | 'desc';
}

export interface ProjectFilter {
  /** Only these units (an empty list matches nothing). Callers expand sub-units themselves. */
  readonly unitIds?: readonly string[];
  readonly fiscalYear?: number;
  readonly status?: ProjectStatus | readonly ProjectStatus[];
  readonly grade?: string;
  /** Case-insensitive substring of the project name or code. */
  readonly search?: string;
  /** Only projects with at least one indicator in this level-2 category. */
  readonly level2?: string;
  readonly limit: number;
  readonly offset: number;
  /**
   * With a search or category filter (which the totals rollups cannot answer), count at most this
   * many matches — at least one past the page, so `total > offset + rows` still tells whether more
   * follow — instead of counting the whole match. Unset: exact. See `ProjectPage.totalIsLowerBound`.
   */
  readonly countUpTo?: number;
  /** Default: updatedAt desc. Nulls sort last on both dialects; ties break on id. */
  readonly sort?: ProjectSort;
}

/** One list row (no document). */
export interface ProjectSummary {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly unitCode: string | null;
  readonly fiscalYear: number | null;
  readonly code: string | null;
  readonly name: string;
  readonly kind: string | null;
  readonly status: ProjectStatus;
  readonly fundsTotal: number | null;
  readonly fundsFiscal: number | null;
  readonly fundsOther: number | null;
  readonly version: number;
  readonly grade: string | null;
  readonly score: number | null;
  readonly findingCount: number | null;
  readonly indicatorCount: number;
  readonly updatedAt: string;
}

export interface ProjectPage {
  readonly rows: readonly ProjectSummary[];
  /** Matching projects, ignoring limit/offset (a lower bound when `totalIsLowerBound`). */
  readonly total: number;
  /** Sum of funds_total (fen) over all matching projects; null when the count stopped early. */
  readonly fundsTotal: number | null;
  /** The count stopped early (`countUpTo`): there are more than `total` matches ("1000+"). */
  readonly totalIsLowerBound: boolean;
}

const SORT_COLUMNS = {
  name: 'projects.name',
  code: 'projects.code',
  fundsTotal: 'projects.funds_total',
  fiscalYear: 'projects.fiscal_year',
  status: 'projects.status',
  score: 'projects.score',
  createdAt: 'projects.created_at',
  updatedAt: 'projects.updated_at',
} as const;

const NOT_NULL_SORT: ReadonlySet<ProjectSortField> = new Set(['name', 'status', 'createdAt', 'updatedAt']);

/** A filtered, sorted page of projects plus the count and funds total of the whole match: two queries. */
export async function listProjects(db: Kysely<Schema>, filter: ProjectFilter): Promise<ProjectPage> {
  const sort = filter.sort ?? { field: 'updatedAt', direction: 'desc' };
  const column = SORT_COLUMNS[sort.field];
  const rows = await db
    .selectFrom('projects')
    .where((eb) => eb.and(buildConditions(eb, filter)))
    .leftJoin('units', 'units.id', 'projects.unit_id')
    .select([
      'projects.id',
      'projects.unit_id',
      'units.name as unit_name',
      'units.code as unit_code',
      'projects.fiscal_year',
      'projects.code',
      'projects.name',
      'projects.kind',
      'projects.status',
      'projects.funds_total',
      'projects.funds_fiscal',
      'projects.funds_other',
      'projects.version',
      'projects.grade',
      'projects.score',
      'projects.finding_count',
      'projects.indicator_count',
      'projects.updated_at',
    ])
    // NULLS LAST only where a column can be null: on NOT NULL columns it would stop SQLite from
    // reading the order from an index.
    .orderBy(column, (ob) => {
      const dir = sort.direction === 'asc' ? ob.asc() : ob.desc();
      return NOT_NULL_SORT.has(sort.field) ? dir : dir.nullsLast();
    })
    .orderBy('projects.id', sort.direction)
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const totals = await readTotals(db, filter);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitCode: r.unit_code,
      fiscalYear: r.fiscal_year,
      code: r.code,
      name: r.name,
      kind: r.kind,
      status: r.status,
      fundsTotal: r.funds_total,
      fundsFiscal: r.funds_fiscal,
      fundsOther: r.funds_other,
      version: r.version,
      grade: r.grade,
      score: r.score,
      findingCount: r.finding_count,
      indicatorCount: r.indicator_count,
      updatedAt: r.updated_at,
    })),
    ...totals,
  };
}

/**
 * Filters on unit, year, status and grade are read from the rollups kept by migration 0010's
 * triggers (a few hundred rows instead of every project's index entry); search and category
 * filters cannot be expressed on them and count the matching projects — up to `countUpTo` when set.
 */
async function readTotals(db: Kysely<Schema>, filter: ProjectFilter): Promise<Pick<ProjectPage, 'total' | 'fundsTotal' | 'totalIsLowerBound'>> {
  if (!filter.search?.trim() && filter.level2 === undefined) return { ...(await readProjectTotals(db, filter)), totalIsLowerBound: false };
  // With `countUpTo`, count the first `cap + 1` matches only: the scan stops there instead of visiting every row.
  const cap = filter.countUpTo === undefined ? null : Math.max(filter.countUpTo, filter.offset + filter.limit + 1);
  let matches = db.selectFrom('projects').where((w) => w.and(buildConditions(w, filter))).select('projects.funds_total');
  // A capped category count (without a search) reads its matches in the default page order, so it
  // takes the page's plan — the year's projects newest first from an index, each probed for the
  // category — and stops after cap + 1. Unordered, PostgreSQL merged the whole primary key with the
  // category's indicators, discarding every other year's projects: 0.5 s at 250,000 projects
  // against 75 ms ordered, 0.6 s alone and 1.9 s p95 at 1,000,000 (docs/scaling.md). A search keeps
  // the unordered scan: ordered, its plan sorts the matches (60 → 225 ms at 250,000).
  if (cap !== null && filter.level2 !== undefined && !filter.search?.trim()) matches = matches.orderBy('projects.updated_at', 'desc').orderBy('projects.id', 'desc');
  const row = await db
    .selectFrom((cap === null ? matches : matches.limit(cap + 1)).as('matches'))
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`cast(coalesce(sum(${eb.ref('matches.funds_total')}), 0) as bigint)`.as('funds_total'),
    ])
    .executeTakeFirstOrThrow();
  const total = Number(row.total);
  if (cap !== null && total > cap) return { total: cap, fundsTotal: null, totalIsLowerBound: true };
  return { total, fundsTotal: Number(row.funds_total), totalIsLowerBound: false };
}

function buildConditions(eb: ExpressionBuilder<Schema, 'projects'>, f: ProjectFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (f.unitIds) {
    conditions.push(f.unitIds.length ? eb('projects.unit_id', 'in', [...f.unitIds]) : sql<SqlBool>`1 = 0`);
  }
  if (f.fiscalYear !== undefined) conditions.push(eb('projects.fiscal_year', '=', f.fiscalYear));
  if (f.status !== undefined) {
    const statuses = typeof f.status === 'string' ? [f.status] : [...f.status];
    conditions.push(statuses.length ? eb('projects.status', 'in', statuses) : sql<SqlBool>`1 = 0`);
  }
  if (f.grade !== undefined) conditions.push(eb('projects.grade', '=', f.grade));
  const search = f.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search.toLowerCase())}%`;
    conditions.push(
      eb.or([
        sql<SqlBool>`lower(${eb.ref('projects.name')}) like ${pattern} escape '\\'`,
        sql<SqlBool>`lower(${eb.ref('projects.code')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (f.level2 !== undefined) {
    const level2 = f.level2;
    conditions.push(
      eb.exists(
        eb
          .selectFrom('indicators')
          .select(sql.lit(1).as('one'))
          .whereRef('indicators.project_id', '=', 'projects.id')
          // The partition key (migration 0008). With a year filter it is a constant, so PostgreSQL
          // prunes the plan to that year's partition (seen in the bench's EXPLAIN ANALYZE).
          .where(
            f.fiscalYear !== undefined
              ? sql<SqlBool>`${sql.ref('indicators.fiscal_year')} = ${f.fiscalYear}`
              : sql<SqlBool>`${sql.ref('indicators.fiscal_year')} = coalesce(${sql.ref('projects.fiscal_year')}, 0)`,
          )
          .where('indicators.level2', '=', level2),
      ),
    );
  }
  return conditions;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
