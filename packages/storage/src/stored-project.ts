import type { Project } from '@jixiao/core';
import type { Selectable } from 'kysely';
import type { ProjectStatus, ProjectsTable } from './schema';

/** A project as stored: the domain object plus its row identity and workflow state. */
export interface StoredProject {
  readonly id: string;
  readonly unitId: string;
  readonly fiscalYear: number | null;
  readonly status: ProjectStatus;
  readonly version: number;
  readonly naturalKey: string;
  readonly grade: string | null;
  readonly score: number | null;
  readonly findingCount: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string;
  readonly updatedBy: string;
  readonly project: Project;
}

export function mapStoredProject(row: Selectable<ProjectsTable>): StoredProject {
  return {
    id: row.id,
    unitId: row.unit_id,
    fiscalYear: row.fiscal_year,
    status: row.status,
    version: row.version,
    naturalKey: row.natural_key,
    grade: row.grade,
    score: row.score,
    findingCount: row.finding_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    project: JSON.parse(row.document) as Project,
  };
}
