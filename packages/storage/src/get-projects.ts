import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { mapStoredProject, type StoredProject } from './stored-project';

/** Several projects with their documents in one query, in the order of `ids` (unknown ids skipped). */
export async function getProjects(db: Kysely<Schema>, ids: readonly string[]): Promise<StoredProject[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('projects').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, mapStoredProject(r)]));
  return ids.map((id) => byId.get(id)).filter((p): p is StoredProject => p !== undefined);
}
