import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { createId } from './create-id';
import { recordProjectVersion } from './record-project-version';
import { replaceIndicators } from './replace-indicators';
import type { ProjectStatus, Schema } from './schema';
import { toProjectColumns } from './to-project-columns';

export interface NewProject {
  readonly unitId: string;
  readonly fiscalYear: number | null;
  readonly naturalKey: string;
  readonly project: Project;
  readonly status?: ProjectStatus;
  readonly actor: string;
  readonly at: string;
  readonly changeNote?: string | null;
}

/** Inserts a project at version 1 with its indicator rows and first version row; returns its id. */
export async function insertProject(db: Kysely<Schema>, p: NewProject): Promise<string> {
  const id = createId();
  const columns = toProjectColumns(p.project);
  const status = p.status ?? 'draft';
  await db
    .insertInto('projects')
    .values({
      id,
      unit_id: p.unitId,
      fiscal_year: p.fiscalYear,
      ...columns,
      status,
      version: 1,
      natural_key: p.naturalKey,
      created_at: p.at,
      updated_at: p.at,
      created_by: p.actor,
      updated_by: p.actor,
    })
    .execute();
  await replaceIndicators(db, id, p.project, p.fiscalYear);
  await recordProjectVersion(db, {
    projectId: id,
    fiscalYear: p.fiscalYear,
    version: 1,
    status,
    document: columns.document,
    changedBy: p.actor,
    changedAt: p.at,
    changeNote: p.changeNote ?? null,
  });
  return id;
}
