import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { canonicalizeJson } from './canonicalize-json';
import { createId } from './create-id';
import { getDisclosure } from './get-disclosure';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import type { StoredDisclosure } from './stored-disclosure';

export interface NewDisclosure {
  readonly unitId: string;
  readonly fiscalYear: number;
  readonly template: string;
  readonly document: unknown;
  readonly actor: string;
  /** Audit detail added to `disclosure.create` (e.g. the imported file name). */
  readonly auditDetail?: Readonly<Record<string, unknown>>;
}

/**
 * Creates version 1 (draft) of a unit's disclosure for a year, its version row and an audit entry,
 * in one transaction. A second disclosure for the same unit and year is refused
 * (`invalid-argument`, reason `taken`).
 */
export async function createDisclosure(db: Kysely<Schema>, input: NewDisclosure): Promise<StoredDisclosure> {
  return runInTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('disclosures')
      .select('id')
      .where('unit_id', '=', input.unitId)
      .where('fiscal_year', '=', input.fiscalYear)
      .executeTakeFirst();
    if (existing) throw new StorageError('invalid-argument', { field: 'fiscalYear', reason: 'taken', id: existing.id });
    const id = createId();
    const at = new Date().toISOString();
    const document = canonicalizeJson(input.document);
    await trx
      .insertInto('disclosures')
      .values({
        id,
        unit_id: input.unitId,
        fiscal_year: input.fiscalYear,
        template: input.template,
        status: 'draft',
        version: 1,
        document,
        published_version: null,
        published_at: null,
        published_by: null,
        created_at: at,
        created_by: input.actor,
        updated_at: at,
        updated_by: input.actor,
      })
      .execute();
    await trx
      .insertInto('disclosure_versions')
      .values({ disclosure_id: id, version: 1, status: 'draft', template: input.template, document, saved_at: at, saved_by: input.actor, published_at: null, published_by: null })
      .execute();
    await appendAudit(trx, {
      actor: input.actor,
      action: 'disclosure.create',
      entity: 'disclosure',
      entityId: id,
      detail: { unitId: input.unitId, fiscalYear: input.fiscalYear, template: input.template, version: 1, ...input.auditDetail },
      at: new Date(at),
    });
    const stored = await getDisclosure(trx, id);
    if (!stored) throw new StorageError('not-found', { entity: 'disclosure', id });
    return stored;
  });
}
