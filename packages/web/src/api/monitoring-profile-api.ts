import type { MonitoringProfile } from '@jixiao/core';
import { requestApi } from './http-client';

export type { MonitoringProfile };

/** GET/PUT /api/units/:id/monitoring-profile: a unit's own and effective 双监控 thresholds. */
export interface UnitMonitoringProfile {
  readonly unitId: string;
  readonly unitName: string;
  /** Version of the unit's own profile (0: none), sent back when saving. */
  readonly version: number;
  readonly own: MonitoringProfile | null;
  readonly ownUpdatedBy: string | null;
  readonly ownUpdatedAt: string | null;
  /** The thresholds that apply and the unit they come from (null: the rules' defaults). */
  readonly effective: { readonly profile: MonitoringProfile; readonly source: { readonly unitId: string; readonly unitName: string } | null };
  readonly defaults: MonitoringProfile;
  readonly editable: boolean;
}

const url = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/monitoring-profile`;

export function getUnitMonitoringProfile(unitId: string): Promise<UnitMonitoringProfile> {
  return requestApi('GET', url(unitId));
}

/** Saves (or with `profile` null removes) the unit's own thresholds; 409 when `version` is stale. */
export function saveUnitMonitoringProfile(unitId: string, version: number, profile: MonitoringProfile | null): Promise<UnitMonitoringProfile> {
  return requestApi('PUT', url(unitId), { version, profile });
}
