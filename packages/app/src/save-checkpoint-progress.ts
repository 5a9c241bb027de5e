import { computeMonitoringView, DEVIATION_CAUSES, type DeviationRecord } from '@jixiao/core';
import { saveCheckpoint, type StoredCheckpoint } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { assembleMonitoring, findToday, loadMonitoredProject } from './project-monitoring';

export interface CheckpointProgressInput {
  /** Checkpoint version read (0 for the first save of this month). */
  readonly version: number;
  readonly items: readonly {
    readonly indicatorIndex: number;
    readonly progressText?: string | null;
    readonly forecastText?: string | null;
    readonly deviation?: DeviationRecord | null;
  }[];
  readonly execution?: DeviationRecord | null;
}

function clean(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

/**
 * Saves a checkpoint month's progress per indicator (by position) with forecasts and deviation records. The lights
 * are recomputed before storing, and every red item (execution or indicator) must carry one of the five causes, a
 * corrective measure and a decision on adjusting the target (R-MON-02); otherwise a `validation` error lists them.
 */
export async function saveCheckpointProgress(
  db: Db,
  actor: Actor,
  projectId: string,
  month: number,
  input: CheckpointProgressInput,
  today: string = findToday(),
): Promise<StoredCheckpoint> {
  const stored = await loadMonitoredProject(db, actor, projectId, true);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new DomainError('validation', { field: 'month' }, '监控月份应为 1–12');
  const indicators = stored.project.indicators;
  const seen = new Set<number>();
  for (const item of input.items) {
    if (item.indicatorIndex < 0 || item.indicatorIndex >= indicators.length) throw new DomainError('validation', { field: 'indicatorIndex' }, `第 ${item.indicatorIndex + 1} 个绩效指标不存在`);
    if (seen.has(item.indicatorIndex)) throw new DomainError('validation', { field: 'indicatorIndex' }, `第 ${item.indicatorIndex + 1} 个绩效指标重复填报`);
    seen.add(item.indicatorIndex);
    if (item.deviation && !(DEVIATION_CAUSES as readonly string[]).includes(item.deviation.cause)) {
      throw new DomainError('validation', { field: 'cause' }, `偏差原因应为${DEVIATION_CAUSES.join('、')}之一`);
    }
  }
  const record = {
    execution: input.execution ? { ...input.execution, measure: input.execution.measure.trim() } : null,
    items: input.items.map((i) => ({
      indicatorIndex: i.indicatorIndex,
      indicatorName: indicators[i.indicatorIndex]!.name,
      progressText: clean(i.progressText),
      forecastText: clean(i.forecastText),
      deviation: i.deviation ? { ...i.deviation, measure: i.deviation.measure.trim() } : null,
    })),
  };
  // Recompute the lights with this record in place of the stored one, and refuse red items without a deviation record.
  const [current] = await assembleMonitoring(db, [stored], today);
  const others = current!.checkpoints.filter((c) => c.month !== month);
  const trial = computeMonitoringView({
    project: stored.project,
    year: current!.view.year,
    plan: current!.plan,
    entries: current!.entries,
    checkpoints: [...others, { month, version: input.version + 1, ...record }],
    today,
  }, current!.profile.profile);
  const problems = trial.checkpoints.find((c) => c.month === month)?.problems ?? [];
  if (problems.length > 0) {
    throw new DomainError('validation', { problems }, problems.map((p) => p.message).join('；'));
  }
  try {
    return await saveCheckpoint(db, projectId, month, record, input.version, actor.username);
  } catch (e) {
    throw toDomainError(e);
  }
}
