import { checkMonitoringProfile, type MonitoringProfile } from '@jixiao/core';
import { saveMonitoringProfile } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { getUnitMonitoringProfile, MONITORING_PROFILE_EDITORS, type UnitMonitoringProfile } from './get-unit-monitoring-profile';
import { requireRole } from './require-role';

/**
 * Sets (or with `profile` null removes) a unit's own 双监控 thresholds; they apply to the unit and every unit below it
 * without its own. Admin anywhere, finance reviewer within its scope; a unit outside the scope is `not-found`.
 * Invalid thresholds are a `validation` error listing the problems in Chinese; a stale `version` is `version-conflict`.
 * Audited in the same transaction.
 */
export async function saveUnitMonitoringProfile(
  db: Db,
  actor: Actor,
  unitId: string,
  input: { readonly version: number; readonly profile: MonitoringProfile | null },
): Promise<UnitMonitoringProfile> {
  if (!isInScope(actor.scope, unitId)) throw new DomainError('not-found', { entity: 'unit', id: unitId });
  requireRole(actor, MONITORING_PROFILE_EDITORS);
  if (input.profile) {
    const problems = checkMonitoringProfile(input.profile);
    if (problems.length > 0) throw new DomainError('validation', { problems }, `监控预警阈值有误：${problems.join('；')}`);
  }
  try {
    await saveMonitoringProfile(db, unitId, input.profile, input.version, actor.username);
  } catch (e) {
    throw toDomainError(e);
  }
  return getUnitMonitoringProfile(db, actor, unitId);
}
