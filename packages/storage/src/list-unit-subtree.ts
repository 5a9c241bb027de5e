import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * A unit and every unit below it (id and name), in one recursive query; `union` stops at cycles.
 * Empty when the unit does not exist. Used for a user's scope on every request, so it reads the
 * subtree rather than the whole `units` table (~10,000 rows at province scale).
 */
export async function listUnitSubtree(db: Kysely<Schema>, rootId: string): Promise<{ id: string; name: string }[]> {
  const r = await sql<{ id: string; name: string }>`
    with recursive subtree(id, name) as (
      select id, name from units where id = ${rootId}
      union
      select u.id, u.name from units u join subtree s on u.parent_id = s.id
    )
    select id, name from subtree`.execute(db);
  return r.rows;
}
