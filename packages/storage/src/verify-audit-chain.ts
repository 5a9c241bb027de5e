import type { Kysely } from 'kysely';
import { computeAuditHash } from './compute-audit-hash';
import { GENESIS_HASH } from './genesis-hash';
import type { Schema } from './schema';

const PAGE = 1000;

/**
 * Walks the audit log in seq order (keyset pages of 1000 rows) and returns the first seq whose
 * row is missing, out of order, not linked to its predecessor or not matching its own hash; or
 * the seq after the last row when rows were cut from the end (the head disagrees). Null when the
 * chain is intact.
 */
export async function verifyAuditChain(db: Kysely<Schema>): Promise<number | null> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq || row.prev_hash !== prevHash) return expectedSeq;
      const hash = computeAuditHash(prevHash, {
        seq: row.seq,
        at: row.at,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        detail: row.detail,
      });
      if (hash !== row.hash) return row.seq;
      prevHash = hash;
      expectedSeq++;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (!head || head.seq !== expectedSeq - 1 || head.hash !== prevHash) return expectedSeq;
  return null;
}
