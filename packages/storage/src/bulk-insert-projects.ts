import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Project } from '@jixiao/core';
import type { Kysely, Selectable } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';
import { appendAudit } from './append-audit';
import { computeProjectNaturalKey, createKeyDeduplicator } from './compute-project-natural-key';
import { createId } from './create-id';
import { encodeCopyRow, type CopyValue } from './encode-copy-row';
import type { Database } from './open-database';
import type { IndicatorsTable, ProjectStatus, ProjectVersionsTable, ProjectsTable, Schema } from './schema';
import { toIndicatorRows } from './to-indicator-rows';
import { toProjectColumns, type DerivedProjectColumns } from './to-project-columns';

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

export interface BulkRows {
  readonly projects: ProjectsTable[];
  readonly indicators: Selectable<IndicatorsTable>[];
  readonly versions: Selectable<ProjectVersionsTable>[];
}

const PROJECT_COLUMNS = [
  'id', 'unit_id', 'fiscal_year', 'code', 'name', 'kind', 'status', 'funds_total', 'funds_fiscal', 'funds_other',
  'version', 'natural_key', 'grade', 'score', 'finding_count', 'indicator_count', 'document', 'created_at',
  'updated_at', 'created_by', 'updated_by',
] as const satisfies readonly (keyof ProjectsTable)[];
const INDICATOR_COLUMNS = [
  'id', 'project_id', 'fiscal_year', 'position', 'level1', 'level2', 'name', 'target_text', 'op', 'value', 'unit',
] as const satisfies readonly (keyof IndicatorsTable)[];
const VERSION_COLUMNS = [
  'project_id', 'fiscal_year', 'version', 'status', 'document', 'changed_by', 'changed_at', 'change_note',
] as const satisfies readonly (keyof ProjectVersionsTable)[];

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
  return writeBulkRows(database, buildBulkRows(items, opts.actor, at), opts.actor, at);
}

/** Writes built rows in one transaction (COPY on PostgreSQL), then appends the batch's audit entry. */
export async function writeBulkRows(database: Database, rows: BulkRows, actor: string, at: string): Promise<BulkInsertResult> {
  if (database.pgPool) await copyRows(database.pgPool, rows);
  else await insertRows(database.db, rows);
  await appendAudit(database.db, {
    actor,
    action: 'project.bulk-insert',
    entity: 'project',
    detail: { count: rows.projects.length },
    at: new Date(at),
  });
  return { inserted: rows.projects.length, ids: rows.projects.map((p) => p.id) };
}

/**
 * The rows of a batch: ids, columns, natural keys (deduplicated within the batch), indicator and
 * version rows. `derived[i]`, when given, holds the costly columns of `items[i]` computed elsewhere
 * (`deriveProjectColumns`, e.g. on a worker thread).
 */
export function buildBulkRows(items: readonly BulkProject[], actor: string, at: string, derived?: readonly DerivedProjectColumns[]): BulkRows {
  const dedupe = createKeyDeduplicator();
  const out: BulkRows = { projects: [], indicators: [], versions: [] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = createId();
    const fiscalYear = item.fiscalYear === undefined ? item.project.fiscalYear : item.fiscalYear;
    const status = item.status ?? 'draft';
    const columns = toProjectColumns(item.project, derived?.[i]);
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
    out.versions.push({
      project_id: id,
      fiscal_year: fiscalYear ?? 0,
      version: 1,
      status,
      document: columns.document,
      changed_by: actor,
      changed_at: at,
      change_note: 'bulk insert',
    });
  }
  return out;
}

async function insertRows(db: Kysely<Schema>, rows: BulkRows): Promise<void> {
  // SQLite allows 32766 bound parameters per statement; these chunk sizes stay well below.
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(rows.projects, 500)) await trx.insertInto('projects').values(chunk).execute();
    for (const chunk of chunks(rows.indicators, 1000)) await trx.insertInto('indicators').values(chunk).execute();
    for (const chunk of chunks(rows.versions, 1000)) await trx.insertInto('project_versions').values(chunk).execute();
  });
}

async function copyRows(pool: pg.Pool, rows: BulkRows): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await copyTable(client, 'projects', PROJECT_COLUMNS, rows.projects);
    await copyTable(client, 'indicators', INDICATOR_COLUMNS, rows.indicators);
    await copyTable(client, 'project_versions', VERSION_COLUMNS, rows.versions);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function copyTable<R extends object>(
  client: pg.PoolClient,
  table: string,
  columns: readonly (keyof R & string)[],
  rows: readonly R[],
): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  async function* encode(): AsyncGenerator<string> {
    for (const chunk of chunks(rows, 500)) {
      yield chunk.map((row) => encodeCopyRow(columns.map((c) => row[c] as CopyValue))).join('');
    }
  }
  await pipeline(Readable.from(encode()), stream);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
