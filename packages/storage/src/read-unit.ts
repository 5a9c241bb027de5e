import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapUnitRow, type UnitRecord } from './unit-record';

/** One unit by id, or null (one indexed query — not the whole `units` table). */
export async function readUnit(db: Kysely<Schema>, id: string): Promise<UnitRecord | null> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mapUnitRow(row) : null;
}
