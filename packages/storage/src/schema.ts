import type { ColumnType } from 'kysely';
import type { LibraryChangeRequestsTable, LibraryEntriesTable, LibraryUnitPublicationsTable } from './library-curation-tables';
import type { CheckpointIndicatorsTable, ExecutionEntriesTable, MonitoringCheckpointsTable, MonitoringPlansTable } from './monitoring-tables';
import type { MonitoringProfilesTable } from './monitoring-profile-tables';
/**
 * Row types of every table, as Kysely sees them. These are storage rows, not domain objects:
 * mappers (map-*.ts, to-*.ts) convert between the two. Timestamps are ISO-8601 UTC text and JSON
 * columns are text on both dialects; money columns are integer fen (bigint on PostgreSQL, parsed
 * back to JS numbers by the int8 type parser in open-database.ts).
 */
export const PROJECT_STATUSES = [
  'draft',
  'submitted',
  'dept_review',
  'finance_review',
  'approved',
  'returned',
  'adjusting',
  'rejected',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface UnitsTable {
  id: string;
  code: string | null;
  name: string;
  parent_id: string | null;
  region_code: string | null;
  /** 'department' (主管部门), 'unit' (预算单位) or 'region'. */
  kind: string;
  created_at: string;
}

export interface ProjectsTable {
  id: string;
  unit_id: string;
  fiscal_year: number | null;
  code: string | null;
  name: string;
  kind: string | null;
  status: ProjectStatus;
  funds_total: number | null;
  funds_fiscal: number | null;
  funds_other: number | null;
  version: number;
  natural_key: string;
  grade: string | null;
  score: number | null;
  finding_count: number | null;
  indicator_count: number;
  /** JSON text of the full `Project` domain object. */
  document: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

export interface IndicatorsTable {
  id: string;
  project_id: string;
  /** The project's fiscal year, 0 when unknown (migration 0008): the partition key on PostgreSQL. */
  fiscal_year: ColumnType<number, number | undefined, number>;
  position: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target_text: string | null;
  op: string | null;
  value: number | null;
  unit: string | null;
}

export interface ProjectVersionsTable {
  project_id: string;
  /** The project's fiscal year when the version was saved, 0 when unknown (migration 0008): partition key on PostgreSQL. */
  fiscal_year: ColumnType<number, number | undefined, number>;
  version: number;
  status: ProjectStatus;
  document: string;
  changed_by: string;
  changed_at: string;
  change_note: string | null;
}

export interface DepartmentTargetsTable {
  id: string;
  unit_id: string;
  fiscal_year: number | null;
  name: string;
  natural_key: string;
  document: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ImportBatchesTable {
  id: string;
  file_name: string;
  file_sha256: string;
  format: string;
  layout: string;
  imported_at: string;
  imported_by: string;
  project_count: number;
  issue_count: number;
  /** JSON text: `{ issues, stats, created, updated, unchanged }`. */
  report: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  /** Canonical JSON text (sorted keys). */
  detail: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1): the last seq and hash of the audit chain; its row lock serialises writers. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_id: string | null;
  locked_until: string | null;
  failed_logins: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the random session token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Review and discussion comments on a project or one of its indicators (migration 0002). */
export interface ProjectCommentsTable {
  id: string;
  project_id: string;
  /** Index in the project's `indicators` array, or null for the whole project. */
  indicator_index: number | null;
  author_id: string;
  author_name: string;
  author_role: string;
  text: string;
  created_at: string;
}

/** Department budget disclosures, one per department unit and year (migration 0006). */
export interface DisclosuresTable {
  id: string;
  unit_id: string;
  fiscal_year: number;
  template: string;
  /** 'draft' or 'published' (已公开). */
  status: string;
  version: number;
  /** JSON text of the `DepartmentBudget`. */
  document: string;
  published_version: number | null;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** Every saved version of a disclosure; a `published` row is frozen by triggers (migration 0006). */
export interface DisclosureVersionsTable {
  disclosure_id: string;
  version: number;
  status: string;
  template: string;
  document: string;
  saved_at: string;
  saved_by: string;
  published_at: string | null;
  published_by: string | null;
}

/** A project's year-end self-evaluation (migration 0005); money in fen. */
export interface SelfEvaluationsTable {
  project_id: string;
  status: string;
  version: number;
  budget: number | null;
  executed: number | null;
  achieved_goals: string | null;
  printed_total: number | null;
  printed_execution_score: number | null;
  source: string;
  source_file: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** Actual value etc. per indicator, by indicator position (no FK: indicator rows are replaced on save). */
export interface SelfEvaluationEntriesTable {
  project_id: string;
  position: number;
  actual_text: string | null;
  deviation_reason: string | null;
  improvement_measure: string | null;
  printed_score: number | null;
  /** 分值 printed on an imported form (used when the project's indicator has none). */
  form_weight: number | null;
}

/** Reviewer score overrides (migration 0005), each also in the audit log. */
export interface ScoreOverridesTable {
  id: string;
  project_id: string;
  position: number;
  score: number;
  previous_score: number;
  reason: string;
  reviewer_id: string;
  reviewer_name: string;
  at: string;
}

export interface Schema {
  units: UnitsTable;
  projects: ProjectsTable;
  indicators: IndicatorsTable;
  project_versions: ProjectVersionsTable;
  department_targets: DepartmentTargetsTable;
  import_batches: ImportBatchesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  users: UsersTable;
  sessions: SessionsTable;
  project_comments: ProjectCommentsTable;
  execution_entries: ExecutionEntriesTable;
  monitoring_plans: MonitoringPlansTable;
  monitoring_checkpoints: MonitoringCheckpointsTable;
  checkpoint_indicators: CheckpointIndicatorsTable;
  monitoring_profiles: MonitoringProfilesTable;
  disclosures: DisclosuresTable;
  disclosure_versions: DisclosureVersionsTable;
  self_evaluations: SelfEvaluationsTable;
  self_evaluation_entries: SelfEvaluationEntriesTable;
  score_overrides: ScoreOverridesTable;
  library_entries: LibraryEntriesTable;
  library_change_requests: LibraryChangeRequestsTable;
  library_unit_publications: LibraryUnitPublicationsTable;
}
