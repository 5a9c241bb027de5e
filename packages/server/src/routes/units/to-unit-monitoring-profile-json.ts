import type { EffectiveMonitoringProfile, UnitMonitoringProfile } from '@jixiao/app';
import type { MonitoringProfile } from '@jixiao/core';
import type { z } from 'zod';
import type { effectiveMonitoringProfileSchema, unitMonitoringProfileSchema } from './unit-monitoring-profile.schema';

/** A plain copy of a profile for a response. */
export function copyMonitoringProfile(p: MonitoringProfile): MonitoringProfile {
  return { executionYellowPoints: p.executionYellowPoints, executionRedPoints: p.executionRedPoints, timeBasis: p.timeBasis, indicatorBands: { ...p.indicatorBands } };
}

/** The API shape of the thresholds in use and where they come from. */
export function toEffectiveMonitoringProfileJson(e: EffectiveMonitoringProfile): z.infer<typeof effectiveMonitoringProfileSchema> {
  return { profile: copyMonitoringProfile(e.profile), source: e.source ? { ...e.source } : null };
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
    effective: toEffectiveMonitoringProfileJson(u.effective),
    defaults: copyMonitoringProfile(u.defaults),
    editable: u.editable,
  };
}
