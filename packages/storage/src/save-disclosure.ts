import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { canonicalizeJson } from './canonicalize-json';
import { getDisclosure } from './get-disclosure';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredDisclosure } from './stored-disclosure';

export interface DisclosureChange {
  readonly template: string;
  readonly document: unknown;
  readonly actor: string;
  readonly auditDetail?: Readonly<Record<string, unknown>>;
}

/**
 * Saves a new draft version when nobody saved since `expectedVersion` (else
 * `version-conflict` with the current version). Editing a published disclosure leaves the
 * published version frozen in `disclosure_versions` and makes the disclosure a draft again.
 */
export async function saveDisclosure(db: Kysely<Schema>, id: string, expectedVersion: number, change: DisclosureChange): Promise<StoredDisclosure> {
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const version = expectedVersion + 1;
    const document = canonicalizeJson(change.document);
    const updated = await trx
      .updateTable('disclosures')
      .set({ template: change.template, document, status: 'draft', version, updated_at: at, updated_by: change.actor })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) await throwDisclosureStaleOrMissing(trx, id, expectedVersion);
    await trx
      .insertInto('disclosure_versions')
      .values({ disclosure_id: id, version, status: 'draft', template: change.template, document, saved_at: at, saved_by: change.actor, published_at: null, published_by: null })
      .execute();
    await appendAudit(trx, {
      actor: change.actor,
      action: 'disclosure.update',
      entity: 'disclosure',
      entityId: id,
      detail: { version, template: change.template, ...change.auditDetail },
      at: new Date(at),
    });
    const stored = await getDisclosure(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'disclosure', id });
    return stored;
  });
}

/** After a versioned UPDATE matched no row: `not-found`, or `version-conflict` with the current version. */
export async function throwDisclosureStaleOrMissing(db: Kysely<Schema>, id: string, expectedVersion: number): Promise<never> {
  const row = await db.selectFrom('disclosures').select('version').where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('not-found', { entity: 'disclosure', id });
  throw new StorageError('version-conflict', { entity: 'disclosure', id, expectedVersion, currentVersion: row.version });
}
