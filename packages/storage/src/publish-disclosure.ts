import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { getDisclosure } from './get-disclosure';
import { runInTransaction } from './run-in-transaction';
import { throwDisclosureStaleOrMissing } from './save-disclosure';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredDisclosure } from './stored-disclosure';

/**
 * Publishes (已公开) the current version when it is still `expectedVersion` and a draft: the
 * disclosure and its version row become `published`, and from then on the version row is frozen
 * (the 0006 triggers refuse any change to it). A published disclosure cannot be published again
 * (`invalid-argument`, reason `published`) until an edit makes a new draft version.
 */
export async function publishDisclosure(
  db: Kysely<Schema>,
  id: string,
  expectedVersion: number,
  actor: string,
  auditDetail: Readonly<Record<string, unknown>> = {},
): Promise<StoredDisclosure> {
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const updated = await trx
      .updateTable('disclosures')
      .set({ status: 'published', published_version: expectedVersion, published_at: at, published_by: actor })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      const row = await trx.selectFrom('disclosures').select(['version', 'status']).where('id', '=', id).executeTakeFirst();
      if (row && row.version === expectedVersion) throw new StorageError('invalid-argument', { field: 'status', reason: 'published', id });
      await throwDisclosureStaleOrMissing(trx, id, expectedVersion);
    }
    await trx
      .updateTable('disclosure_versions')
      .set({ status: 'published', published_at: at, published_by: actor })
      .where('disclosure_id', '=', id)
      .where('version', '=', expectedVersion)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'disclosure.publish',
      entity: 'disclosure',
      entityId: id,
      detail: { version: expectedVersion, ...auditDetail },
      at: new Date(at),
    });
    const stored = await getDisclosure(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'disclosure', id });
    return stored;
  });
}
