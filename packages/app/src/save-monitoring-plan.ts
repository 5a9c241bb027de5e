import type { SpendingCheckpoint } from '@jixiao/core';
import { saveMonitoringPlan as storePlan, type MonitoringPlan } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { loadMonitoredProject } from './project-monitoring';

/** Problems of a spending plan (months 1–12 once each, cumulative 0–100 % never falling), in Chinese. */
export function checkSpendingPlan(checkpoints: readonly SpendingCheckpoint[]): string[] {
  const problems: string[] = [];
  const sorted = [...checkpoints].sort((a, b) => a.month - b.month);
  sorted.forEach((c, i) => {
    if (!Number.isInteger(c.month) || c.month < 1 || c.month > 12) problems.push(`月份“${c.month}”应为 1–12 的整数`);
    if (!Number.isFinite(c.percent) || c.percent < 0 || c.percent > 100) problems.push(`${c.month}月底的累计比例“${c.percent}”应在 0–100 之间`);
    const prev = sorted[i - 1];
    if (prev && prev.month === c.month) problems.push(`${c.month}月底重复出现`);
    else if (prev && c.percent < prev.percent) problems.push(`${c.month}月底的累计比例 ${c.percent}% 低于${prev.month}月底的 ${prev.percent}%`);
  });
  return problems;
}

/**
 * Saves the monitoring spending plan of a project (kept apart from the declared document, so approved projects can
 * be monitored without reopening the declaration). `version` is the plan version read (0 for the first save).
 */
export async function saveMonitoringPlan(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { readonly version: number; readonly fiscalYear: number | null; readonly checkpoints: readonly SpendingCheckpoint[] },
): Promise<MonitoringPlan> {
  await loadMonitoredProject(db, actor, projectId, true);
  const problems = checkSpendingPlan(input.checkpoints);
  if (problems.length > 0) throw new DomainError('validation', { problems }, `资金支出计划有误：${problems.join('；')}`);
  const checkpoints = [...input.checkpoints].sort((a, b) => a.month - b.month);
  try {
    return await storePlan(db, projectId, { fiscalYear: input.fiscalYear, checkpoints }, input.version, actor.username);
  } catch (e) {
    throw toDomainError(e);
  }
}
