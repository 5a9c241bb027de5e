import { findPlannedShare, findWorstLight, type TrafficLight } from '@jixiao/core';
import { getProjects } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { listVisibleProjects } from './list-visible-projects';
import { assembleMonitoring, findToday } from './project-monitoring';

export interface MonitoringOverviewRow {
  readonly id: string;
  readonly name: string;
  readonly unitName: string | null;
  readonly status: string;
  readonly budget: number | null;
  readonly executed: number;
  readonly rate: number | null;
  /** Light per checkpoint month of the overview's columns (null: pending or not a checkpoint of this project). */
  readonly lights: Readonly<Record<number, TrafficLight | null>>;
  readonly worst: TrafficLight | null;
  readonly adjustmentRequested: boolean;
}

export interface MonitoringOverview {
  readonly months: readonly number[];
  readonly rows: readonly MonitoringOverviewRow[];
  /** Sum over the rows: cumulative execution per month against the plan (budget-weighted) and 序时进度. */
  readonly curve: readonly { readonly month: number; readonly executed: number; readonly rate: number | null; readonly plannedShare: number | null; readonly timeProgress: number }[];
  readonly budget: number;
  /** True when more projects matched than `limit`. */
  readonly truncated: boolean;
}

/**
 * Department/unit overview of 双监控: the projects × checkpoints light matrix and the summed cumulative execution curve
 * against the budget-weighted plan and 序时进度, over the visible projects (optionally a unit subtree and a year).
 */
export async function getMonitoringOverview(
  db: Db,
  actor: Actor,
  query: { readonly unitId?: string; readonly fiscalYear?: number; readonly limit?: number },
  today: string = findToday(),
): Promise<MonitoringOverview> {
  const limit = Math.min(query.limit ?? 200, 500);
  const page = await listVisibleProjects(db, actor, {
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.fiscalYear ? { fiscalYear: query.fiscalYear } : {}),
    limit,
    offset: 0,
    sort: { field: 'name', direction: 'asc' },
  });
  const stored = await getProjects(db, page.rows.map((p) => p.id));
  const unitNames = new Map(page.rows.map((p) => [p.id, p.unitName]));
  const all = await assembleMonitoring(db, stored, today);
  const months = [...new Set(all.flatMap((m) => m.view.checkpoints.map((c) => c.month)))].sort((a, b) => a - b);
  const rows = all.map((m) => {
    const lights: Record<number, TrafficLight | null> = {};
    for (const month of months) lights[month] = m.view.checkpoints.find((c) => c.month === month)?.light ?? null;
    return {
      id: m.stored.id,
      name: m.stored.project.name,
      unitName: unitNames.get(m.stored.id) ?? null,
      status: m.stored.status,
      budget: m.view.budget,
      executed: m.view.executed,
      rate: m.view.budget ? m.view.executed / m.view.budget : null,
      lights,
      worst: findWorstLight(Object.values(lights)),
      adjustmentRequested: m.adjustmentRequested,
    };
  });
  const budget = all.reduce((s, m) => s + (m.view.budget ?? 0), 0);
  const curve = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const executed = all.reduce((s, m) => s + (m.view.curve[i]?.executed ?? 0), 0);
    const planned = all.reduce((s, m) => s + (m.view.budget ?? 0) * (findPlannedShare(m.plan, month) ?? 0), 0);
    const withPlan = all.reduce((s, m) => s + (m.plan.length > 0 ? (m.view.budget ?? 0) : 0), 0);
    return {
      month,
      executed,
      rate: budget > 0 ? executed / budget : null,
      plannedShare: withPlan > 0 ? planned / withPlan : null,
      timeProgress: all[0]?.view.curve[i]?.timeProgress ?? month / 12,
    };
  });
  return { months, rows, curve, budget, truncated: page.total > page.rows.length };
}
