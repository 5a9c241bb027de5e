import type { Kysely } from 'kysely';
import type { Schema } from './schema';

export interface LibraryUnitPublication {
  readonly unitId: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

/** Units whose indicators were published to every unit. */
export async function listLibraryUnitPublications(db: Kysely<Schema>): Promise<LibraryUnitPublication[]> {
  const rows = await db.selectFrom('library_unit_publications').selectAll().orderBy('unit_id').execute();
  return rows.map((r) => ({ unitId: r.unit_id, publishedBy: r.published_by, publishedAt: r.published_at }));
}

/** Publishes (or withdraws) a unit's indicators; idempotent. Returns whether anything changed. */
export async function setLibraryUnitPublication(db: Kysely<Schema>, unitId: string, published: boolean, by: string, at: Date = new Date()): Promise<boolean> {
  const existing = await db.selectFrom('library_unit_publications').select('unit_id').where('unit_id', '=', unitId).executeTakeFirst();
  if (published === (existing !== undefined)) return false;
  if (published) await db.insertInto('library_unit_publications').values({ unit_id: unitId, published_by: by, published_at: at.toISOString() }).execute();
  else await db.deleteFrom('library_unit_publications').where('unit_id', '=', unitId).execute();
  return true;
}

/** A cheap stamp of what the library is built from: project count and last change, curation state. */
export async function readLibraryStamp(db: Kysely<Schema>): Promise<{ readonly projects: number; readonly projectsChangedAt: string | null; readonly curation: string }> {
  const p = await db.selectFrom('projects').select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('updated_at').as('at')]).executeTakeFirstOrThrow();
  const e = await db.selectFrom('library_entries').select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('updated_at').as('at')]).executeTakeFirstOrThrow();
  const u = await db.selectFrom('library_unit_publications').select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('published_at').as('at')]).executeTakeFirstOrThrow();
  return { projects: Number(p.n), projectsChangedAt: (p.at as string | null) ?? null, curation: `${Number(e.n)}|${String(e.at)}|${Number(u.n)}|${String(u.at)}` };
}
