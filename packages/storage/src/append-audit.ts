import type { Kysely } from 'kysely';
import { canonicalizeJson } from './canonicalize-json';
import { computeAuditHash } from './compute-audit-hash';
import type { Schema } from './schema';
import { runInTransaction } from './run-in-transaction';

export interface AuditInput {
  readonly actor: string;
  /** Dotted verb, e.g. `project.create`, `project.update`, `import.batch`. */
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string | null;
  readonly detail?: unknown;
  readonly at?: Date;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly detail: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * Appends one entry to the hash-chained audit log. The `UPDATE audit_head … RETURNING` takes the
 * head row's lock first, so concurrent writers on PostgreSQL are serialised until commit (SQLite
 * has one writer anyway) and seq stays gap-free. Joins the caller's transaction when given one.
 */
export async function appendAudit(db: Kysely<Schema>, input: AuditInput): Promise<AuditEntry> {
  return runInTransaction(db, async (trx) => {
    const head = await trx
      .updateTable('audit_head')
      .set((eb) => ({ seq: eb('seq', '+', 1) }))
      .where('id', '=', 1)
      .returning(['seq', 'hash'])
      .executeTakeFirstOrThrow();
    const row = {
      seq: head.seq,
      at: (input.at ?? new Date()).toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entity_id: input.entityId ?? null,
      detail: canonicalizeJson(input.detail ?? null),
      prev_hash: head.hash,
    };
    const hash = computeAuditHash(head.hash, {
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      detail: row.detail,
    });
    await trx.insertInto('audit_log').values({ ...row, hash }).execute();
    await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
    return {
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      detail: input.detail ?? null,
      prevHash: row.prev_hash,
      hash,
    };
  });
}
