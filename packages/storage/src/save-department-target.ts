import type { DepartmentTarget } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { canonicalizeJson } from './canonicalize-json';
import { computeContentFingerprint } from './compute-content-fingerprint';
import { createId } from './create-id';
import type { Schema } from './schema';

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface DepartmentTargetWrite {
  readonly unitId: string;
  readonly fiscalYear: number | null;
  readonly naturalKey: string;
  readonly target: DepartmentTarget;
  readonly at: string;
}

/** Inserts a department target, or replaces it (version + 1) when its content changed. */
export async function saveDepartmentTarget(
  db: Kysely<Schema>,
  w: DepartmentTargetWrite,
): Promise<{ id: string; version: number; outcome: SaveOutcome }> {
  const document = canonicalizeJson(w.target);
  const existing = await db
    .selectFrom('department_targets')
    .select(['id', 'version', 'document'])
    .where('natural_key', '=', w.naturalKey)
    .executeTakeFirst();
  if (!existing) {
    const id = createId();
    await db
      .insertInto('department_targets')
      .values({
        id,
        unit_id: w.unitId,
        fiscal_year: w.fiscalYear,
        name: w.target.name,
        natural_key: w.naturalKey,
        document,
        version: 1,
        created_at: w.at,
        updated_at: w.at,
      })
      .execute();
    return { id, version: 1, outcome: 'created' };
  }
  if (computeContentFingerprint(JSON.parse(existing.document)) === computeContentFingerprint(w.target)) {
    return { id: existing.id, version: existing.version, outcome: 'unchanged' };
  }
  const version = existing.version + 1;
  await db
    .updateTable('department_targets')
    .set({ document, version, name: w.target.name, updated_at: w.at })
    .where('id', '=', existing.id)
    .execute();
  return { id: existing.id, version, outcome: 'updated' };
}
