/**
 * Rollups of `projects` kept by triggers (migration 0010): count and funds (fen) per
 * fiscal year (−1 = none) × status × grade ('' = none), province-wide and per unit.
 */
export interface ProjectTotalsTable {
  fiscal_year: number;
  status: string;
  grade: string;
  project_count: number;
  funds_total: number;
}

export interface ProjectUnitTotalsTable extends ProjectTotalsTable {
  unit_id: string;
}

// A type alias, not an interface: Kysely's withTables wants a Record.
export type ProjectTotalsTables = {
  project_totals: ProjectTotalsTable;
  project_unit_totals: ProjectUnitTotalsTable;
};
