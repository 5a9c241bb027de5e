import type { Kysely } from 'kysely';
import { createId } from './create-id';
import { mapLibraryEntryRow, toLibraryEntryColumns, type LibraryEntryFields, type LibraryEntryRecord, type LibraryEntryStatus } from './library-entry-record';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** A new curated entry, in `draft`, version 1. */
export async function insertLibraryEntry(db: Kysely<Schema>, fields: LibraryEntryFields, by: string, at: Date = new Date()): Promise<LibraryEntryRecord> {
  const now = at.toISOString();
  const row = {
    id: createId(),
    cluster_id: fields.clusterId,
    name: fields.name,
    level1: fields.level1,
    level2: fields.level2,
    definition: fields.definition,
    formula: fields.formula,
    unit: fields.unit,
    direction: fields.direction,
    value_basis: fields.valueBasis,
    source: fields.source,
    status: 'draft',
    version: 1,
    created_by: by,
    created_at: now,
    updated_by: by,
    updated_at: now,
    published_by: null,
    published_at: null,
  };
  await db.insertInto('library_entries').values(row).execute();
  return mapLibraryEntryRow(row);
}

/**
 * Changes an entry's fields and/or status when it is still at `expectedVersion` (version + 1);
 * `version-conflict` with the current version otherwise, `not-found` when it does not exist.
 */
export async function updateLibraryEntry(
  db: Kysely<Schema>,
  id: string,
  expectedVersion: number,
  change: { readonly fields?: Partial<LibraryEntryFields>; readonly status?: LibraryEntryStatus },
  by: string,
  at: Date = new Date(),
): Promise<LibraryEntryRecord> {
  const now = at.toISOString();
  const set = {
    ...toLibraryEntryColumns(change.fields ?? {}),
    ...(change.status ? { status: change.status } : {}),
    ...(change.status === 'published' ? { published_by: by, published_at: now } : {}),
    updated_by: by,
    updated_at: now,
    version: expectedVersion + 1,
  };
  const r = await db.updateTable('library_entries').set(set).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const current = await db.selectFrom('library_entries').select('version').where('id', '=', id).executeTakeFirst();
    if (!current) throw new StorageError('not-found', { entity: 'library-entry', id });
    throw new StorageError('version-conflict', { entity: 'library-entry', id, expectedVersion, currentVersion: Number(current.version) });
  }
  return (await getLibraryEntry(db, id)) as LibraryEntryRecord;
}

export async function getLibraryEntry(db: Kysely<Schema>, id: string): Promise<LibraryEntryRecord | null> {
  const row = await db.selectFrom('library_entries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mapLibraryEntryRow(row) : null;
}

/** Curated entries, by name; only those in `statuses` when given. */
export async function listLibraryEntries(db: Kysely<Schema>, statuses?: readonly LibraryEntryStatus[]): Promise<LibraryEntryRecord[]> {
  let q = db.selectFrom('library_entries').selectAll();
  if (statuses) q = q.where('status', 'in', statuses.length > 0 ? [...statuses] : ['-']);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map(mapLibraryEntryRow);
}
