import { listAuditEntries, verifyAuditChain, type AuditEntry } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { requireRole } from './require-role';

/** Admin and auditor: audit entries, newest first. */
export async function listAudit(
  db: Db,
  actor: Actor,
  query: { readonly entity?: string; readonly entityId?: string; readonly limit: number },
): Promise<AuditEntry[]> {
  requireRole(actor, ['admin', 'auditor']);
  return listAuditEntries(db, query);
}

/** Admin and auditor: whether the hash chain is intact, and where it first breaks. */
export async function verifyAudit(db: Db, actor: Actor): Promise<{ ok: boolean; brokenAt: number | null }> {
  requireRole(actor, ['admin', 'auditor']);
  const brokenAt = await verifyAuditChain(db);
  return { ok: brokenAt === null, brokenAt };
}
