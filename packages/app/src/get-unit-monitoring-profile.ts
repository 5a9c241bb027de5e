import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile } from '@jixiao/core';
import { findInheritedMonitoringProfiles, getMonitoringProfile, readUnit, type InheritedMonitoringProfile, type StoredMonitoringProfile } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import type { Role } from './role';

/** Who sets 双监控 thresholds: administrators anywhere, finance reviewers for the units in their scope. */
export const MONITORING_PROFILE_EDITORS: readonly Role[] = ['admin', 'finance_reviewer'];

/** The thresholds that apply to a unit and where they come from (null: the rules' defaults R-MON-04/05). */
export interface EffectiveMonitoringProfile {
  readonly profile: MonitoringProfile;
  readonly source: { readonly unitId: string; readonly unitName: string } | null;
}

/** The effective profile from the nearest-ancestor lookup (defaults when no unit on the path has one). */
export function toEffectiveMonitoringProfile(inherited: InheritedMonitoringProfile | undefined): EffectiveMonitoringProfile {
  if (!inherited) return { profile: DEFAULT_MONITORING_PROFILE, source: null };
  return { profile: inherited.profile, source: { unitId: inherited.sourceUnitId, unitName: inherited.sourceUnitName } };
}

export interface UnitMonitoringProfile {
  readonly unitId: string;
  readonly unitName: string;
  /** The unit's own profile (null: inherited or defaults). */
  readonly own: StoredMonitoringProfile | null;
  /** Version of the unit's own profile, to send back when saving (0 when it has none). */
  readonly version: number;
  readonly effective: EffectiveMonitoringProfile;
  readonly defaults: MonitoringProfile;
  /** Whether the actor may set this unit's profile. */
  readonly editable: boolean;
}

/** Whether the actor may set the profile of a unit (admin anywhere; finance reviewer within its scope). */
export function canEditMonitoringProfile(actor: Actor, unitId: string): boolean {
  return MONITORING_PROFILE_EDITORS.includes(actor.role) && isInScope(actor.scope, unitId);
}

/** A visible unit's own and effective 双监控 thresholds; a unit outside the actor's scope is `not-found`. */
export async function getUnitMonitoringProfile(db: Db, actor: Actor, unitId: string): Promise<UnitMonitoringProfile> {
  if (!isInScope(actor.scope, unitId)) throw new DomainError('not-found', { entity: 'unit', id: unitId });
  const unit = await readUnit(db, unitId);
  if (!unit) throw new DomainError('not-found', { entity: 'unit', id: unitId });
  const [own, inherited] = await Promise.all([getMonitoringProfile(db, unitId), findInheritedMonitoringProfiles(db, [unitId])]);
  return {
    unitId,
    unitName: unit.name,
    own: own ?? null,
    version: own?.version ?? 0,
    effective: toEffectiveMonitoringProfile(inherited.get(unitId)),
    defaults: DEFAULT_MONITORING_PROFILE,
    editable: canEditMonitoringProfile(actor, unitId),
  };
}
