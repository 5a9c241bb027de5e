import type { ProjectMonitoring } from '@jixiao/app';
import type { z } from 'zod';
import { toEffectiveMonitoringProfileJson } from '../units/to-unit-monitoring-profile-json';
import type { monitoringViewSchema } from './monitoring-view.schema';

/** The API shape of a project's 双监控. */
export function toMonitoringJson(m: ProjectMonitoring): z.infer<typeof monitoringViewSchema> {
  return {
    projectId: m.stored.id,
    projectName: m.stored.project.name,
    status: m.stored.status,
    projectVersion: m.stored.version,
    year: m.view.year,
    budget: m.view.budget,
    executed: m.view.executed,
    plan: m.plan.map((c) => ({ month: c.month, percent: c.percent })),
    planSource: m.planSource,
    planVersion: m.planVersion,
    adjustmentRequested: m.adjustmentRequested,
    profile: toEffectiveMonitoringProfileJson(m.profile),
    entries: m.entries.map((e) => ({ ...e })),
    curve: m.view.curve.map((p) => ({ ...p })),
    checkpoints: m.view.checkpoints.map((c) => ({
      month: c.month,
      asOf: c.asOf,
      state: c.state,
      version: c.version ?? 0,
      executed: c.executed,
      execution: c.execution,
      executionDeviation: c.executionDeviation as z.infer<typeof monitoringViewSchema>['checkpoints'][number]['executionDeviation'],
      light: c.light,
      problems: [...c.problems],
      indicators: c.indicators.map((i) => ({ ...i, deviation: i.deviation as z.infer<typeof monitoringViewSchema>['checkpoints'][number]['executionDeviation'] })),
    })),
  };
}
