import type { Kysely } from 'kysely';
import { createId } from './create-id';
import type { Schema } from './schema';
import { StorageError } from './storage-error';
import { mapUnitRow, type UnitKind, type UnitRecord } from './unit-record';

export interface UnitLookup {
  readonly code?: string | null;
  readonly name?: string | null;
  readonly parentId?: string | null;
  readonly kind?: UnitKind;
  readonly regionCode?: string | null;
}

/**
 * Finds a unit by code; else by name under the same parent (a code-less unit found that way
 * adopts the code); else creates it. When no parent is given and the code extends an existing
 * unit's code (`481` → `481001`), that unit becomes the parent.
 */
export async function findOrCreateUnit(db: Kysely<Schema>, lookup: UnitLookup): Promise<UnitRecord> {
  const code = lookup.code?.trim() || null;
  const name = lookup.name?.trim() || code;
  if (!name) throw new StorageError('invalid-argument', { field: 'unit' }, 'a unit needs a code or a name');
  if (code) {
    const byCode = await db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
    if (byCode) return mapUnitRow(byCode);
  }
  const parentId = lookup.parentId ?? (code ? await findParentIdByCode(db, code) : null);
  let byName = db.selectFrom('units').selectAll().where('name', '=', name);
  byName = parentId === null ? byName.where('parent_id', 'is', null) : byName.where('parent_id', '=', parentId);
  if (code) byName = byName.where('code', 'is', null);
  const found = await byName.orderBy('id').executeTakeFirst();
  if (found) {
    if (code) await db.updateTable('units').set({ code }).where('id', '=', found.id).execute();
    return mapUnitRow({ ...found, code: code ?? found.code });
  }
  const row = {
    id: createId(),
    code,
    name,
    parent_id: parentId,
    region_code: lookup.regionCode ?? null,
    kind: lookup.kind ?? 'unit',
    created_at: new Date().toISOString(),
  };
  await db.insertInto('units').values(row).execute();
  return mapUnitRow(row);
}

async function findParentIdByCode(db: Kysely<Schema>, code: string): Promise<string | null> {
  const prefixes: string[] = [];
  for (let len = code.length - 1; len >= 2; len--) prefixes.push(code.slice(0, len));
  if (prefixes.length === 0) return null;
  const rows = await db.selectFrom('units').select(['id', 'code']).where('code', 'in', prefixes).execute();
  const best = rows.sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0))[0];
  return best?.id ?? null;
}

/** Every unit, ordered by code then name (for pickers and descendant computations). */
export async function listUnits(db: Kysely<Schema>): Promise<UnitRecord[]> {
  const rows = await db.selectFrom('units').selectAll().orderBy('code', (ob) => ob.asc().nullsLast())
    .orderBy('name')
    .orderBy('id').execute();
  return rows.map(mapUnitRow);
}
