import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** Number of stored projects (first-run detection). */
export async function countProjects(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
