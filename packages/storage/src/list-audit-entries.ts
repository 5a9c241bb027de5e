import type { Kysely } from 'kysely';
import type { AuditEntry } from './append-audit';
import type { Schema } from './schema';

export interface AuditFilter {
  readonly entity?: string;
  readonly entityId?: string;
  /** Newest first; at most this many. */
  readonly limit: number;
}

/** Audit entries, newest first, optionally for one entity. */
export async function listAuditEntries(db: Kysely<Schema>, f: AuditFilter): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.entity !== undefined) q = q.where('entity', '=', f.entity);
  if (f.entityId !== undefined) q = q.where('entity_id', '=', f.entityId);
  const rows = await q.orderBy('seq', 'desc').limit(f.limit).execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail) as unknown,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
