import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** After a versioned UPDATE matched no row: `not-found`, or `version-conflict` with the current version. */
export async function throwStaleOrMissing(db: Kysely<Schema>, id: string, expectedVersion: number): Promise<never> {
  const row = await db.selectFrom('projects').select('version').where('id', '=', id).executeTakeFirst();
  if (!row) throw new StorageError('not-found', { entity: 'project', id });
  throw new StorageError('version-conflict', { entity: 'project', id, expectedVersion, currentVersion: row.version });
}
