import type { UnitMonitoringProfile } from '@jixiao/app';
import type { MonitoringProfile } from '@jixiao/core';
import type { z } from 'zod';
import type { unitMonitoringProfileSchema } from './unit-monitoring-profile.schema';

/** A plain copy of a profile for a response. */
export function copyMonitoringProfile(p: MonitoringProfile): MonitoringProfile {
  return { executionYellowPoints: p.executionYellowPoints, executionRedPoints: p.executionRedPoints, timeBasis: p.timeBasis, indicatorBands: { ...p.indicatorBands } };
}

/** The API shape of a unit's own and effective 双监控 thresholds. */
export function toUnitMonitoringProfileJson(u: UnitMonitoringProfile): z.infer<typeof unitMonitoringProfileSchema> {
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    version: u.version,
    own: u.own ? copyMonitoringProfile(u.own.profile) : null,
    ownUpdatedBy: u.own?.updatedBy ?? null,
    ownUpdatedAt: u.own?.updatedAt ?? null,
    effective: { profile: copyMonitoringProfile(u.effective.profile), source: u.effective.source ? { ...u.effective.source } : null },
    defaults: copyMonitoringProfile(u.defaults),
    editable: u.editable,
  };
}
