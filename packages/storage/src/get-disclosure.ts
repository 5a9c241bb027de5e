import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapDisclosureRow, type StoredDisclosure } from './stored-disclosure';

/** One disclosure by id with its unit name, or null. */
export async function getDisclosure(db: Kysely<Schema>, id: string): Promise<StoredDisclosure | null> {
  const row = await db
    .selectFrom('disclosures')
    .leftJoin('units', 'units.id', 'disclosures.unit_id')
    .selectAll('disclosures')
    .select('units.name as unit_name')
    .where('disclosures.id', '=', id)
    .executeTakeFirst();
  return row ? mapDisclosureRow(row) : null;
}

/** The disclosure of a department unit for a year, or null. */
export async function findDisclosure(db: Kysely<Schema>, unitId: string, fiscalYear: number): Promise<StoredDisclosure | null> {
  const row = await db
    .selectFrom('disclosures')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
  return row ? getDisclosure(db, row.id) : null;
}
