import type { MonitoringProfile } from '@jixiao/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import { appendAudit } from './append-audit';
import { readUnit } from './read-unit';
import type { MonitoringProfilesTable } from './monitoring-profile-tables';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';
import { StorageError } from './storage-error';

/** A unit's own 双监控 thresholds (it applies to the unit and every unit below it without one of its own). */
export interface StoredMonitoringProfile {
  readonly unitId: string;
  readonly profile: MonitoringProfile;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** The profile a unit inherits: from `sourceUnitId` (the unit itself or its nearest ancestor with a profile). */
export interface InheritedMonitoringProfile extends StoredMonitoringProfile {
  readonly sourceUnitId: string;
  readonly sourceUnitName: string;
}

function mapRow(r: Selectable<MonitoringProfilesTable>): StoredMonitoringProfile {
  return {
    unitId: r.unit_id,
    profile: {
      executionYellowPoints: Number(r.execution_yellow_points),
      executionRedPoints: Number(r.execution_red_points),
      timeBasis: r.time_basis,
      indicatorBands: { red: Number(r.indicator_red), yellow: Number(r.indicator_yellow), blue: Number(r.indicator_blue) },
    },
    version: r.version,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

/** The unit's own profile, if it has one. */
export async function getMonitoringProfile(db: Kysely<Schema>, unitId: string): Promise<StoredMonitoringProfile | undefined> {
  const row = await db.selectFrom('monitoring_profiles').selectAll().where('unit_id', '=', unitId).executeTakeFirst();
  return row ? mapRow(row) : undefined;
}

/**
 * For each unit, the profile of the nearest unit on its path to the root (itself first) that has one, in one
 * recursive query; units with none are absent from the map (the rules' defaults apply). Depth is capped so a
 * corrupt cycle cannot loop.
 */
export async function findInheritedMonitoringProfiles(db: Kysely<Schema>, unitIds: readonly string[]): Promise<Map<string, InheritedMonitoringProfile>> {
  const out = new Map<string, InheritedMonitoringProfile>();
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return out;
  const r = await sql<Selectable<MonitoringProfilesTable> & { start_id: string; depth: number; source_name: string }>`
    with recursive chain(start_id, id, depth) as (
      select id, id, 0 from units where id in (${sql.join(ids)})
      union all
      select c.start_id, u.parent_id, c.depth + 1 from chain c join units u on u.id = c.id
      where u.parent_id is not null and c.depth < 64
    )
    select c.start_id, c.depth, s.name as source_name, p.*
    from chain c join monitoring_profiles p on p.unit_id = c.id join units s on s.id = c.id
    order by c.start_id, c.depth`.execute(db);
  for (const row of r.rows) {
    if (out.has(row.start_id)) continue;
    out.set(row.start_id, { ...mapRow(row), sourceUnitId: row.unit_id, sourceUnitName: row.source_name });
  }
  return out;
}

/**
 * Creates (`expectedVersion` 0), replaces, or with `profile` null removes the unit's own profile at
 * `expectedVersion`, audited (`monitoring.profile.save` / `monitoring.profile.remove`). A stale version is a
 * `version-conflict` carrying the current version; nothing changes. Returns the stored profile, or undefined after a
 * removal.
 */
export async function saveMonitoringProfile(
  db: Kysely<Schema>,
  unitId: string,
  profile: MonitoringProfile | null,
  expectedVersion: number,
  actor: string,
): Promise<StoredMonitoringProfile | undefined> {
  return runInTransaction(db, async (trx) => {
    if (!(await readUnit(trx, unitId))) throw new StorageError('not-found', { entity: 'unit', id: unitId });
    const current = await trx.selectFrom('monitoring_profiles').select('version').where('unit_id', '=', unitId).executeTakeFirst();
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw new StorageError('version-conflict', { entity: 'monitoring-profile', id: unitId, expectedVersion, currentVersion });
    }
    if (profile === null) {
      if (current) await trx.deleteFrom('monitoring_profiles').where('unit_id', '=', unitId).where('version', '=', expectedVersion).execute();
      await appendAudit(trx, { actor, action: 'monitoring.profile.remove', entity: 'unit', entityId: unitId, detail: { version: expectedVersion } });
      return undefined;
    }
    const now = new Date().toISOString();
    const version = expectedVersion + 1;
    const values = {
      execution_yellow_points: profile.executionYellowPoints,
      execution_red_points: profile.executionRedPoints,
      time_basis: profile.timeBasis,
      indicator_red: profile.indicatorBands.red,
      indicator_yellow: profile.indicatorBands.yellow,
      indicator_blue: profile.indicatorBands.blue,
      version,
      updated_by: actor,
      updated_at: now,
    };
    if (!current) {
      await trx.insertInto('monitoring_profiles').values({ unit_id: unitId, ...values }).execute();
    } else {
      const res = await trx.updateTable('monitoring_profiles').set(values).where('unit_id', '=', unitId).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new StorageError('version-conflict', { entity: 'monitoring-profile', id: unitId, expectedVersion });
    }
    await appendAudit(trx, { actor, action: 'monitoring.profile.save', entity: 'unit', entityId: unitId, detail: { version, profile } });
    const saved = await trx.selectFrom('monitoring_profiles').selectAll().where('unit_id', '=', unitId).executeTakeFirstOrThrow();
    return mapRow(saved);
  });
}
