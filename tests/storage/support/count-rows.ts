import type { Kysely } from 'kysely';
import type { Schema } from '@jixiao/storage';

const TABLES = [
  'units',
  'projects',
  'indicators',
  'project_versions',
  'department_targets',
  'import_batches',
  'audit_log',
  'users',
  'sessions',
] as const satisfies readonly (keyof Schema)[];

/** Row count of every data table (one query per table). */
export async function countRows(db: Kysely<Schema>): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}
