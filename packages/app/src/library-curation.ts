import { findLibraryCluster } from '@jixiao/core';
import {
  appendAudit,
  decideLibraryChangeRequest,
  getLibraryChangeRequest,
  getLibraryEntry,
  insertLibraryChangeRequest,
  insertLibraryEntry,
  listLibraryChangeRequests,
  listLibraryEntries,
  listUnits,
  runInTransaction,
  setLibraryUnitPublication,
  listLibraryUnitPublications,
  updateLibraryEntry,
  type LibraryChangeRequestRecord,
  type LibraryChangeStatus,
  type LibraryEntryFields,
  type LibraryEntryRecord,
  type LibraryUnitPublication,
} from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { loadLibraryState } from './library-cache';
import { requireRole } from './require-role';

/** Curated entries: administrators see drafts too; everyone else the published ones. */
export async function listCuratedEntries(db: Db, actor: Actor): Promise<LibraryEntryRecord[]> {
  return listLibraryEntries(db, actor.role === 'admin' || actor.role === 'auditor' ? undefined : ['published']);
}

/** Admin: a new curated entry in draft, linked to the library cluster its name belongs to. */
export async function createCuratedEntry(db: Db, actor: Actor, fields: LibraryEntryFields): Promise<LibraryEntryRecord> {
  requireRole(actor, ['admin']);
  const clusterId = fields.clusterId ?? findLibraryCluster((await loadLibraryState(db)).library, fields.name);
  return guard(() =>
    runInTransaction(db, async (trx) => {
      const entry = await insertLibraryEntry(trx, { ...fields, clusterId }, actor.username);
      await appendAudit(trx, { actor: actor.username, action: 'library.entry.create', entity: 'library-entry', entityId: entry.id, detail: { ...fields, clusterId } });
      return entry;
    }),
  );
}

/** Admin: edits a draft entry. A published entry is locked: its changes go through a change request. */
export async function editCuratedEntry(db: Db, actor: Actor, id: string, version: number, fields: Partial<LibraryEntryFields>): Promise<LibraryEntryRecord> {
  requireRole(actor, ['admin']);
  return guard(() =>
    runInTransaction(db, async (trx) => {
      const entry = await requireEntry(trx, id);
      if (entry.status !== 'draft') throw new DomainError('frozen', { entity: 'library-entry', id, status: entry.status }, '已发布的指标库条目已锁定：如需修改，请提交变更申请（说明理由），由另一位管理员批准');
      const updated = await updateLibraryEntry(trx, id, version, { fields }, actor.username);
      await appendAudit(trx, { actor: actor.username, action: 'library.entry.update', entity: 'library-entry', entityId: id, detail: { version: updated.version, fields } });
      return updated;
    }),
  );
}

/** Admin: publishes a draft entry (locked from then on; its cluster's sources become visible to every unit). */
export async function publishCuratedEntry(db: Db, actor: Actor, id: string, version: number): Promise<LibraryEntryRecord> {
  requireRole(actor, ['admin']);
  return guard(() =>
    runInTransaction(db, async (trx) => {
      const entry = await requireEntry(trx, id);
      if (entry.status !== 'draft') throw new DomainError('invalid-transition', { status: entry.status }, '只有草稿状态的条目可以发布');
      const updated = await updateLibraryEntry(trx, id, version, { status: 'published' }, actor.username);
      await appendAudit(trx, { actor: actor.username, action: 'library.entry.publish', entity: 'library-entry', entityId: id, detail: { version: updated.version, clusterId: updated.clusterId } });
      return updated;
    }),
  );
}

/** Admin: asks to change a published entry, with a reason; another administrator decides. */
export async function requestCuratedChange(
  db: Db,
  actor: Actor,
  entryId: string,
  input: { readonly version: number; readonly changes: Partial<LibraryEntryFields>; readonly reason: string },
): Promise<LibraryChangeRequestRecord> {
  requireRole(actor, ['admin']);
  if (input.reason.trim() === '') throw new DomainError('validation', { field: 'reason' }, '请说明变更理由');
  if (Object.keys(input.changes).length === 0) throw new DomainError('validation', { field: 'changes' }, '变更申请没有修改任何内容');
  return guard(() =>
    runInTransaction(db, async (trx) => {
      const entry = await requireEntry(trx, entryId);
      if (entry.status !== 'published') throw new DomainError('invalid-transition', { status: entry.status }, '草稿条目可直接修改，只有已发布的条目需要变更申请');
      if (entry.version !== input.version) throw new DomainError('version-conflict', { currentVersion: entry.version });
      const request = await insertLibraryChangeRequest(trx, {
        entryId,
        entryVersion: entry.version,
        changes: input.changes,
        reason: input.reason.trim(),
        requestedBy: actor.userId,
        requestedByName: actor.displayName,
      });
      await appendAudit(trx, { actor: actor.username, action: 'library.change.request', entity: 'library-entry', entityId: entryId, detail: { request: request.id, reason: request.reason, changes: input.changes } });
      return request;
    }),
  );
}

/**
 * Admin other than the requester: approves (the change is applied to the entry, version + 1) or
 * rejects a pending change request. An entry changed since the request answers `version-conflict`.
 */
export async function decideCuratedChange(
  db: Db,
  actor: Actor,
  requestId: string,
  decision: { readonly approve: boolean; readonly note?: string | null },
): Promise<{ request: LibraryChangeRequestRecord; entry: LibraryEntryRecord }> {
  requireRole(actor, ['admin']);
  return guard(() =>
    runInTransaction(db, async (trx) => {
      const request = await getLibraryChangeRequest(trx, requestId);
      if (!request) throw new DomainError('not-found', { entity: 'library-change-request', id: requestId });
      if (request.requestedBy === actor.userId) throw new DomainError('forbidden', { reason: 'own-request' }, '不能审批自己提交的变更申请，须由另一位管理员审批');
      if (request.status !== 'pending') throw new DomainError('invalid-transition', { status: request.status }, '该变更申请已处理');
      let entry = await requireEntry(trx, request.entryId);
      if (decision.approve) {
        if (entry.version !== request.entryVersion) throw new DomainError('version-conflict', { currentVersion: entry.version }, '条目在申请后已被修改，请重新提交变更申请');
        entry = await updateLibraryEntry(trx, entry.id, entry.version, { fields: request.changes }, actor.username);
      }
      const decided = await decideLibraryChangeRequest(trx, requestId, {
        status: decision.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedByName: actor.displayName,
        note: decision.note?.trim() || null,
      });
      await appendAudit(trx, {
        actor: actor.username,
        action: decision.approve ? 'library.change.approve' : 'library.change.reject',
        entity: 'library-entry',
        entityId: entry.id,
        detail: { request: requestId, requestedBy: request.requestedByName, note: decided.decisionNote, version: entry.version },
      });
      return { request: decided, entry };
    }),
  );
}

/** Admin and auditor: change requests, newest first. */
export async function listCuratedChanges(db: Db, actor: Actor, filter: { readonly entryId?: string; readonly status?: LibraryChangeStatus } = {}): Promise<LibraryChangeRequestRecord[]> {
  requireRole(actor, ['admin', 'auditor']);
  return listLibraryChangeRequests(db, filter);
}

/** The units whose indicators are published to every unit. */
export async function listPublishedUnits(db: Db): Promise<LibraryUnitPublication[]> {
  return listLibraryUnitPublications(db);
}

/** Admin: publishes a unit's indicators to every unit (names and source projects), or withdraws that. */
export async function setUnitPublication(db: Db, actor: Actor, unitId: string, published: boolean): Promise<{ unitId: string; published: boolean }> {
  requireRole(actor, ['admin']);
  return guard(() =>
    runInTransaction(db, async (trx) => {
      if (!(await listUnits(trx)).some((u) => u.id === unitId)) throw new DomainError('not-found', { entity: 'unit', id: unitId });
      const changed = await setLibraryUnitPublication(trx, unitId, published, actor.username);
      if (changed) await appendAudit(trx, { actor: actor.username, action: published ? 'library.unit.publish' : 'library.unit.withdraw', entity: 'unit', entityId: unitId });
      return { unitId, published };
    }),
  );
}

async function requireEntry(db: Db, id: string): Promise<LibraryEntryRecord> {
  const entry = await getLibraryEntry(db, id);
  if (!entry) throw new DomainError('not-found', { entity: 'library-entry', id });
  return entry;
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toDomainError(e);
  }
}
