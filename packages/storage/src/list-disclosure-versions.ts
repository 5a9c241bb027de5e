import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapDisclosureVersionRow, type DisclosureVersion } from './stored-disclosure';

/** Every saved version of a disclosure, newest first, without documents. */
export async function listDisclosureVersions(db: Kysely<Schema>, disclosureId: string): Promise<Omit<DisclosureVersion, 'document'>[]> {
  const rows = await db
    .selectFrom('disclosure_versions')
    .select(['disclosure_id', 'version', 'status', 'template', 'saved_at', 'saved_by', 'published_at', 'published_by'])
    .where('disclosure_id', '=', disclosureId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => {
    const { document: _document, ...rest } = mapDisclosureVersionRow({ ...r, document: 'null' });
    return rest;
  });
}

/** One saved version with its document, or null. */
export async function getDisclosureVersion(db: Kysely<Schema>, disclosureId: string, version: number): Promise<DisclosureVersion | null> {
  const row = await db
    .selectFrom('disclosure_versions')
    .selectAll()
    .where('disclosure_id', '=', disclosureId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? mapDisclosureVersionRow(row) : null;
}
