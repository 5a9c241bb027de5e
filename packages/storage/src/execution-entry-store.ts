import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { createId } from './create-id';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { ExecutionEntriesTable } from './monitoring-tables';

/** A payment counted as budget execution (执行数) of a project. */
export interface ExecutionEntry {
  readonly id: string;
  readonly projectId: string;
  readonly paidOn: string;
  /** Integer fen. */
  readonly amount: number;
  readonly note: string;
  readonly source: 'manual' | 'import';
  readonly importFile: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface NewExecutionEntry {
  readonly paidOn: string;
  readonly amount: number;
  readonly note: string;
}

function mapRow(row: ExecutionEntriesTable): ExecutionEntry {
  return {
    id: row.id,
    projectId: row.project_id,
    paidOn: row.paid_on,
    amount: Number(row.amount),
    note: row.note,
    source: row.source,
    importFile: row.import_file,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/**
 * Stores execution entries of one project in one transaction with one audit entry (`monitoring.entries.add` or
 * `monitoring.entries.import`): either all rows are written or none.
 */
export async function insertExecutionEntries(
  db: Kysely<Schema>,
  projectId: string,
  entries: readonly NewExecutionEntry[],
  opts: { readonly source: 'manual' | 'import'; readonly importFile?: string | null; readonly actor: string },
): Promise<ExecutionEntry[]> {
  return runInTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const rows: ExecutionEntriesTable[] = entries.map((e) => ({
      id: createId(),
      project_id: projectId,
      paid_on: e.paidOn,
      amount: e.amount,
      note: e.note,
      source: opts.source,
      import_file: opts.importFile ?? null,
      created_by: opts.actor,
      created_at: now,
    }));
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('execution_entries').values(rows.slice(i, i + 500)).execute();
    const total = rows.reduce((s, r) => s + r.amount, 0);
    await appendAudit(trx, {
      actor: opts.actor,
      action: opts.source === 'import' ? 'monitoring.entries.import' : 'monitoring.entries.add',
      entity: 'project',
      entityId: projectId,
      detail: { count: rows.length, total, ids: rows.map((r) => r.id), file: opts.importFile ?? null },
    });
    return rows.map(mapRow);
  });
}

/** Deletes one entry of the project (audited); `not-found` when the project has no such entry. */
export async function deleteExecutionEntry(db: Kysely<Schema>, projectId: string, id: string, actor: string): Promise<void> {
  await runInTransaction(db, async (trx) => {
    const row = await trx.selectFrom('execution_entries').selectAll().where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
    if (!row) throw new StorageError('not-found', { entity: 'execution-entry', id });
    await trx.deleteFrom('execution_entries').where('id', '=', id).execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.entries.delete',
      entity: 'project',
      entityId: projectId,
      detail: { id, paidOn: row.paid_on, amount: Number(row.amount), note: row.note },
    });
  });
}

/** Entries of some projects, by date. */
export async function listExecutionEntries(db: Kysely<Schema>, projectIds: readonly string[]): Promise<ExecutionEntry[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.selectFrom('execution_entries').selectAll().where('project_id', 'in', projectIds).orderBy('paid_on').orderBy('id').execute();
  return rows.map(mapRow);
}
