import type { Kysely } from 'kysely';
import { canonicalizeJson } from './canonicalize-json';
import { createId } from './create-id';
import { mapLibraryChangeRequestRow, type LibraryChangeRequestRecord, type LibraryChangeStatus, type LibraryEntryFields } from './library-entry-record';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

export interface NewLibraryChangeRequest {
  readonly entryId: string;
  readonly entryVersion: number;
  readonly changes: Partial<LibraryEntryFields>;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedByName: string;
}

/** A pending change request on a curated entry. */
export async function insertLibraryChangeRequest(db: Kysely<Schema>, input: NewLibraryChangeRequest, at: Date = new Date()): Promise<LibraryChangeRequestRecord> {
  const row = {
    id: createId(),
    entry_id: input.entryId,
    entry_version: input.entryVersion,
    changes: canonicalizeJson(input.changes),
    reason: input.reason,
    status: 'pending',
    requested_by: input.requestedBy,
    requested_by_name: input.requestedByName,
    requested_at: at.toISOString(),
    decided_by: null,
    decided_by_name: null,
    decided_at: null,
    decision_note: null,
  };
  await db.insertInto('library_change_requests').values(row).execute();
  return mapLibraryChangeRequestRow(row);
}

export async function getLibraryChangeRequest(db: Kysely<Schema>, id: string): Promise<LibraryChangeRequestRecord | null> {
  const row = await db.selectFrom('library_change_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mapLibraryChangeRequestRow(row) : null;
}

/** Change requests, newest first; of one entry and/or in one status when given. */
export async function listLibraryChangeRequests(
  db: Kysely<Schema>,
  filter: { readonly entryId?: string; readonly status?: LibraryChangeStatus } = {},
): Promise<LibraryChangeRequestRecord[]> {
  let q = db.selectFrom('library_change_requests').selectAll();
  if (filter.entryId) q = q.where('entry_id', '=', filter.entryId);
  if (filter.status) q = q.where('status', '=', filter.status);
  const rows = await q.orderBy('requested_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(mapLibraryChangeRequestRow);
}

/** Records the decision on a pending request; `version-conflict` when it was already decided. */
export async function decideLibraryChangeRequest(
  db: Kysely<Schema>,
  id: string,
  decision: { readonly status: 'approved' | 'rejected'; readonly decidedBy: string; readonly decidedByName: string; readonly note: string | null },
  at: Date = new Date(),
): Promise<LibraryChangeRequestRecord> {
  const r = await db
    .updateTable('library_change_requests')
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_by_name: decision.decidedByName, decided_at: at.toISOString(), decision_note: decision.note })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const current = await getLibraryChangeRequest(db, id);
    if (!current) throw new StorageError('not-found', { entity: 'library-change-request', id });
    throw new StorageError('version-conflict', { entity: 'library-change-request', id, status: current.status });
  }
  return (await getLibraryChangeRequest(db, id)) as LibraryChangeRequestRecord;
}
