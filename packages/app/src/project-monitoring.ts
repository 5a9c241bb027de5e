import { computeMonitoringView, type MonitoringView, type SpendingCheckpoint } from '@jixiao/core';
import { findInheritedMonitoringProfiles, getMonitoringPlans, listCheckpoints, listExecutionEntries, type ExecutionEntry, type MonitoringPlan, type StoredCheckpoint, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { toEffectiveMonitoringProfile, type EffectiveMonitoringProfile } from './get-unit-monitoring-profile';
import { loadVisibleProject } from './load-visible-project';
import { requireRole } from './require-role';
import type { Role } from './role';

/** Who records 双监控 data: the project's own unit (preparer, unit head); everyone who sees the project reads it. */
export const MONITORING_WRITERS: readonly Role[] = ['preparer', 'unit_head'];

/** The visible project, and for writes the check that the actor is one of its unit's writers. */
export async function loadMonitoredProject(db: Db, actor: Actor, projectId: string, write: boolean): Promise<StoredProject> {
  const stored = await loadVisibleProject(db, actor, projectId);
  if (write) requireRole(actor, MONITORING_WRITERS);
  return stored;
}

/** Today as `YYYY-MM-DD` (UTC). */
export function findToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface ProjectMonitoring {
  readonly stored: StoredProject;
  /** The plan the lights use: the monitoring plan when one was saved, else the declared 资金支出计划. */
  readonly plan: readonly SpendingCheckpoint[];
  readonly planSource: 'monitoring' | 'declared' | 'none';
  /** Version of the monitoring plan (0 before the first save). */
  readonly planVersion: number;
  readonly entries: readonly ExecutionEntry[];
  readonly checkpoints: readonly StoredCheckpoint[];
  readonly view: MonitoringView;
  /** The thresholds the lights use: the project unit's own profile, else its nearest ancestor's, else the defaults. */
  readonly profile: EffectiveMonitoringProfile;
  /** Whether some recorded deviation asks for the target to be adjusted (调整 workflow: request-adjustment). */
  readonly adjustmentRequested: boolean;
}

/** The monitoring year: the monitoring plan's, else the project's fiscal year, else the year of `today`. */
export function resolveMonitoringYear(stored: StoredProject, plan: MonitoringPlan | undefined, today: string): number {
  return plan?.fiscalYear ?? stored.fiscalYear ?? stored.project.fiscalYear ?? Number(today.slice(0, 4));
}

function groupByProject<T extends { readonly projectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.projectId);
    if (list) list.push(row);
    else out.set(row.projectId, [row]);
  }
  return out;
}

/**
 * Assembles the 双监控 of some already visible projects with four queries (plans, entries, checkpoints, and the
 * thresholds each project's unit inherits), computing the lights with each unit's effective profile.
 */
export async function assembleMonitoring(db: Db, projects: readonly StoredProject[], today: string): Promise<ProjectMonitoring[]> {
  const ids = projects.map((p) => p.id);
  const [plans, entries, checkpoints, profiles] = await Promise.all([
    getMonitoringPlans(db, ids),
    listExecutionEntries(db, ids),
    listCheckpoints(db, ids),
    findInheritedMonitoringProfiles(db, projects.map((p) => p.unitId)),
  ]);
  const plansById = new Map(plans.map((p) => [p.projectId, p]));
  const entriesById = groupByProject(entries);
  const checkpointsById = groupByProject(checkpoints);
  return projects.map((stored) => {
    const saved = plansById.get(stored.id);
    const plan = saved ? saved.checkpoints : stored.project.spendingPlan ?? [];
    const mine = entriesById.get(stored.id) ?? [];
    const records = checkpointsById.get(stored.id) ?? [];
    const year = resolveMonitoringYear(stored, saved, today);
    const profile = toEffectiveMonitoringProfile(profiles.get(stored.unitId));
    const view = computeMonitoringView({ project: stored.project, year, plan, entries: mine, checkpoints: records, today }, profile.profile);
    return {
      stored,
      plan,
      planSource: saved ? 'monitoring' : plan.length > 0 ? 'declared' : 'none',
      planVersion: saved?.version ?? 0,
      entries: mine,
      checkpoints: records,
      view,
      profile,
      adjustmentRequested: records.some((r) => r.execution?.adjustTarget || r.items.some((i) => i.deviation?.adjustTarget)),
    };
  });
}

/** 双监控 of one visible project: plan, entries, per-checkpoint lights and the execution curve. */
export async function getProjectMonitoring(db: Db, actor: Actor, projectId: string, today: string = findToday()): Promise<ProjectMonitoring> {
  const stored = await loadMonitoredProject(db, actor, projectId, false);
  return (await assembleMonitoring(db, [stored], today))[0]!;
}
