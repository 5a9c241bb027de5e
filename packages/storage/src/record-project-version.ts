import type { Kysely } from 'kysely';
import type { ProjectStatus, Schema } from './schema';

export interface ProjectVersionInput {
  readonly projectId: string;
  /** The project's fiscal year (partition key on PostgreSQL; null stored as 0). */
  readonly fiscalYear: number | null;
  readonly version: number;
  readonly status: ProjectStatus;
  readonly document: string;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly changeNote: string | null;
}

/** Keeps one saved version of a project (history and diffs). */
export async function recordProjectVersion(db: Kysely<Schema>, v: ProjectVersionInput): Promise<void> {
  await db
    .insertInto('project_versions')
    .values({
      project_id: v.projectId,
      fiscal_year: v.fiscalYear ?? 0,
      version: v.version,
      status: v.status,
      document: v.document,
      changed_by: v.changedBy,
      changed_at: v.changedAt,
      change_note: v.changeNote,
    })
    .execute();
}
