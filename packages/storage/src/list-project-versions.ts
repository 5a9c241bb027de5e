import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { ProjectStatus, Schema } from './schema';

export interface ProjectVersionSummary {
  readonly version: number;
  readonly status: ProjectStatus;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly changeNote: string | null;
}

export interface ProjectVersion extends ProjectVersionSummary {
  readonly project: Project;
}

/** A project's saved versions, oldest first, without their documents. */
export async function listProjectVersions(db: Kysely<Schema>, projectId: string): Promise<ProjectVersionSummary[]> {
  const rows = await db
    .selectFrom('project_versions')
    .select(['version', 'status', 'changed_by', 'changed_at', 'change_note'])
    .where('project_id', '=', projectId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    status: r.status,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
    changeNote: r.change_note,
  }));
}

/** One saved version with its document (for history views and diffs), or null. */
export async function getProjectVersion(
  db: Kysely<Schema>,
  projectId: string,
  version: number,
): Promise<ProjectVersion | null> {
  const r = await db
    .selectFrom('project_versions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!r) return null;
  return {
    version: r.version,
    status: r.status,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
    changeNote: r.change_note,
    project: JSON.parse(r.document) as Project,
  };
}
