import type { Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { toIndicatorRows } from './to-indicator-rows';

const ROWS_PER_INSERT = 500;

/** Rewrites a project's denormalised indicator rows from its document (call inside a transaction). */
export async function replaceIndicators(db: Kysely<Schema>, projectId: string, project: Project, fiscalYear: number | null): Promise<void> {
  await db.deleteFrom('indicators').where('project_id', '=', projectId).execute();
  const rows = toIndicatorRows(projectId, project, fiscalYear);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db.insertInto('indicators').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  }
}
