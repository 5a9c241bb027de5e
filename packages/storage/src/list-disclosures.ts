import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapDisclosureSummary, type DisclosureSummary } from './stored-disclosure';

export interface DisclosureFilter {
  /** Only these units (empty matches nothing); absent means every unit. */
  readonly unitIds?: readonly string[];
  readonly fiscalYear?: number;
}

/** Disclosures without their documents, newest year first, then by unit name. */
export async function listDisclosures(db: Kysely<Schema>, f: DisclosureFilter = {}): Promise<DisclosureSummary[]> {
  if (f.unitIds && f.unitIds.length === 0) return [];
  let q = db
    .selectFrom('disclosures')
    .leftJoin('units', 'units.id', 'disclosures.unit_id')
    .select([
      'disclosures.id',
      'disclosures.unit_id',
      'units.name as unit_name',
      'disclosures.fiscal_year',
      'disclosures.template',
      'disclosures.status',
      'disclosures.version',
      'disclosures.published_version',
      'disclosures.published_at',
      'disclosures.published_by',
      'disclosures.created_at',
      'disclosures.created_by',
      'disclosures.updated_at',
      'disclosures.updated_by',
    ]);
  if (f.unitIds) q = q.where('disclosures.unit_id', 'in', [...f.unitIds]);
  if (f.fiscalYear !== undefined) q = q.where('disclosures.fiscal_year', '=', f.fiscalYear);
  const rows = await q.orderBy('disclosures.fiscal_year', 'desc').orderBy('units.name').orderBy('disclosures.id').execute();
  return rows.map(mapDisclosureSummary);
}
