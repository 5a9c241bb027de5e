import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { recordProjectVersion } from './record-project-version';
import { replaceIndicators } from './replace-indicators';
import type { Schema } from './schema';
import { throwStaleOrMissing } from './throw-stale-or-missing';
import { toProjectColumns } from './to-project-columns';

export interface ProjectDocumentWrite {
  readonly id: string;
  readonly expectedVersion: number;
  readonly project: Project;
  readonly actor: string;
  readonly at: string;
  readonly changeNote: string | null;
}

/**
 * Replaces a project's document when its version is still `expectedVersion`
 * (`UPDATE … WHERE id = ? AND version = ?`), bumps the version, rewrites the indicator rows and
 * keeps a version row. Call inside a transaction. Returns the new version.
 */
export async function writeProjectDocument(db: Kysely<Schema>, w: ProjectDocumentWrite): Promise<number> {
  const columns = toProjectColumns(w.project);
  const version = w.expectedVersion + 1;
  const updated = await db
    .updateTable('projects')
    .set({
      ...columns,
      ...(w.project.fiscalYear !== null ? { fiscal_year: w.project.fiscalYear } : {}),
      version,
      updated_at: w.at,
      updated_by: w.actor,
    })
    .where('id', '=', w.id)
    .where('version', '=', w.expectedVersion)
    .returning(['status', 'fiscal_year'])
    .executeTakeFirst();
  if (!updated) return throwStaleOrMissing(db, w.id, w.expectedVersion);
  await replaceIndicators(db, w.id, w.project, updated.fiscal_year);
  await recordProjectVersion(db, {
    projectId: w.id,
    fiscalYear: updated.fiscal_year,
    version,
    status: updated.status,
    document: columns.document,
    changedBy: w.actor,
    changedAt: w.at,
    changeNote: w.changeNote,
  });
  return version;
}
