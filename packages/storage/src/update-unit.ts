import type { Kysely } from 'kysely';
import type { Schema, UnitsTable } from './schema';
import { StorageError } from './storage-error';
import { mapUnitRow, type UnitRecord } from './unit-record';

export interface UnitChanges {
  readonly code?: string | null;
  readonly name?: string;
  readonly parentId?: string | null;
}

/**
 * Renames, recodes or moves a unit. Moving a unit under itself or one of its descendants is
 * `invalid-argument` (the tree must stay a tree); a taken code is `invalid-argument` too.
 */
export async function updateUnit(db: Kysely<Schema>, id: string, c: UnitChanges): Promise<UnitRecord> {
  const all = await db.selectFrom('units').select(['id', 'parent_id', 'code']).execute();
  if (!all.some((u) => u.id === id)) throw new StorageError('not-found', { entity: 'unit', id });
  if (c.parentId) {
    if (!all.some((u) => u.id === c.parentId)) throw new StorageError('not-found', { entity: 'unit', id: c.parentId });
    const parentOf = new Map(all.map((u) => [u.id, u.parent_id]));
    for (let at: string | null | undefined = c.parentId; at; at = parentOf.get(at)) {
      if (at === id) throw new StorageError('invalid-argument', { field: 'parentId', reason: 'cycle' });
    }
  }
  if (c.code && all.some((u) => u.code === c.code && u.id !== id)) {
    throw new StorageError('invalid-argument', { field: 'code', reason: 'taken' });
  }
  const set: Partial<UnitsTable> = {};
  if (c.code !== undefined) set.code = c.code;
  if (c.name !== undefined) set.name = c.name;
  if (c.parentId !== undefined) set.parent_id = c.parentId;
  if (Object.keys(set).length > 0) await db.updateTable('units').set(set).where('id', '=', id).execute();
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return mapUnitRow(row);
}
