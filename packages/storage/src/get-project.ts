import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapStoredProject, type StoredProject } from './stored-project';

/** One project with its domain document, or null when there is no such id. */
export async function getProject(db: Kysely<Schema>, id: string): Promise<StoredProject | null> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mapStoredProject(row) : null;
}
