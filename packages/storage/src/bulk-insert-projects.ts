import type { Project } from '@jixiao/core';
import type { Selectable } from 'kysely';
import { computeProjectNaturalKey, createKeyDeduplicator } from './compute-project-natural-key';
import { createId } from './create-id';
import { encodeBulkBatch } from './encode-bulk-batch';
import type { Database } from './open-database';
import type { IndicatorsTable, ProjectStatus, ProjectsTable } from './schema';
import { toIndicatorRows } from './to-indicator-rows';
import { toProjectColumns } from './to-project-columns';
import { bulkFormatFor, writeBulkBatch } from './write-bulk-batch';

export interface BulkProject {
  readonly unitId: string;
  readonly project: Project;
  /** Default: project.fiscalYear. */
  readonly fiscalYear?: number | null;
  readonly status?: ProjectStatus;
}

export interface BulkInsertResult {
  readonly inserted: number;
  readonly ids: readonly string[];
}

/** The rows of a batch; version 1 of each project is copied from its `projects` row when written. */
export interface BulkRows {
  readonly projects: ProjectsTable[];
  readonly indicators: Selectable<IndicatorsTable>[];
}

/**
 * Inserts many new projects (generated datasets, benchmarks) at version 1, with their indicator and
 * version rows, all or nothing: multi-row INSERTs in one transaction on SQLite, `COPY … FROM STDIN`
 * in one transaction on PostgreSQL. No upsert: a natural key that already exists fails the batch.
 * One `project.bulk-insert` audit entry is appended after the data commits.
 */
export async function bulkInsertProjects(
  database: Database,
  items: readonly BulkProject[],
  opts: { readonly actor: string; readonly at?: Date },
): Promise<BulkInsertResult> {
  const at = (opts.at ?? new Date()).toISOString();
  const batch = encodeBulkBatch(buildBulkRows(items, opts.actor, at), bulkFormatFor(database));
  await writeBulkBatch(database, batch, opts.actor, at);
  return { inserted: batch.count, ids: batch.ids };
}

/**
 * The rows of a batch: ids, columns, natural keys (deduplicated within the batch) and indicator
 * rows (for `encodeBulkBatch`, on a worker thread in `bulkInsertProjectStream`).
 */
export function buildBulkRows(items: readonly BulkProject[], actor: string, at: string): BulkRows {
  const dedupe = createKeyDeduplicator();
  const out: BulkRows = { projects: [], indicators: [] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = createId();
    const fiscalYear = item.fiscalYear === undefined ? item.project.fiscalYear : item.fiscalYear;
    const status = item.status ?? 'draft';
    const columns = toProjectColumns(item.project);
    out.projects.push({
      id,
      unit_id: item.unitId,
      fiscal_year: fiscalYear,
      ...columns,
      status,
      version: 1,
      natural_key: dedupe(computeProjectNaturalKey(item.unitId, fiscalYear, item.project)),
      created_at: at,
      updated_at: at,
      created_by: actor,
      updated_by: actor,
    });
    for (const row of toIndicatorRows(id, item.project, fiscalYear)) out.indicators.push(row);
  }
  return out;
}
