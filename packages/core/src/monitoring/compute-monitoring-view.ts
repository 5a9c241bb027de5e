import type { Fen } from '../model/money';
import type { Project, SpendingCheckpoint } from '../model/project';
import { assessExecutionProgress, type ExecutionProgress } from './assess-execution-progress';
import { assessIndicatorProgress, type IndicatorProgress } from './assess-indicator-progress';
import { computeTimeProgress } from './compute-time-progress';
import { validateDeviationRecords, type DeviationProblem, type DeviationRecord, type MonitoredItem } from './deviation-record';
import { findPlannedShare } from './find-planned-share';
import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile, type TrafficLight } from './monitoring-profile';

/** What a unit recorded at one checkpoint month: progress per indicator (by its position in the project) and deviations. */
export interface CheckpointRecord {
  readonly month: number;
  readonly version: number;
  readonly items: readonly CheckpointItem[];
  /** Deviation record of the budget-execution item. */
  readonly execution: DeviationRecord | null;
}

export interface CheckpointItem {
  /** Position of the indicator in `project.indicators`. */
  readonly indicatorIndex: number;
  /** 1–N月执行情况, as written (e.g. `620人次`, `部分达到`). */
  readonly progressText: string | null;
  /** 全年预计完成情况, as written; the linear forecast is shown when empty. */
  readonly forecastText: string | null;
  readonly deviation: DeviationRecord | null;
}

export interface MonitoringViewInput {
  readonly project: Project;
  readonly year: number;
  readonly plan: readonly SpendingCheckpoint[];
  readonly entries: readonly { readonly paidOn: string; readonly amount: Fen }[];
  readonly checkpoints: readonly CheckpointRecord[];
  /** Today, `YYYY-MM-DD`: checkpoints whose month has not ended are pending. */
  readonly today: string;
}

export interface CurvePoint {
  readonly month: number;
  /** Cumulative 执行数 to the end of the month, in fen. */
  readonly executed: Fen;
  /** Cumulative 执行率 (executed / budget), null without a budget. */
  readonly rate: number | null;
  readonly plannedShare: number | null;
  /** 序时进度 at the end of the month. */
  readonly timeProgress: number;
}

export interface IndicatorCheckpointView {
  readonly index: number;
  readonly name: string;
  readonly targetText: string | null;
  readonly progressText: string | null;
  readonly forecastText: string | null;
  /** Null when nothing was entered for the indicator at this checkpoint. */
  readonly progress: IndicatorProgress | null;
  readonly deviation: DeviationRecord | null;
}

export interface CheckpointView {
  readonly month: number;
  /** Last day of the month. */
  readonly asOf: string;
  /** `pending`: the month has not ended yet; `open`: ended, nothing recorded; `recorded`. */
  readonly state: 'pending' | 'open' | 'recorded';
  readonly version: number | null;
  readonly executed: Fen;
  readonly execution: ExecutionProgress | null;
  readonly executionDeviation: DeviationRecord | null;
  readonly indicators: readonly IndicatorCheckpointView[];
  /** The worst light of the checkpoint (execution and entered indicators), null when pending. */
  readonly light: TrafficLight | null;
  readonly problems: readonly DeviationProblem[];
}

export interface MonitoringView {
  readonly year: number;
  readonly budget: Fen | null;
  readonly executed: Fen;
  readonly plan: readonly SpendingCheckpoint[];
  readonly curve: readonly CurvePoint[];
  readonly checkpoints: readonly CheckpointView[];
}

const SEVERITY: Readonly<Record<TrafficLight, number>> = { blue: 0, green: 1, yellow: 2, red: 3 };

/** The worst of some lights (red > yellow > green > blue); null for none. */
export function findWorstLight(lights: readonly (TrafficLight | null)[]): TrafficLight | null {
  let worst: TrafficLight | null = null;
  for (const l of lights) if (l && (!worst || SEVERITY[l] > SEVERITY[worst])) worst = l;
  return worst;
}

/** Last day of a month, `YYYY-MM-DD`. */
export function findMonthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * 双监控 of one project (R-MON-01…05): the cumulative execution curve against the 资金支出计划 and 序时进度, and per
 * checkpoint month the execution light, each entered indicator's light and forecast, and the deviation problems
 * (a red item without cause, measure and decision). Checkpoints are the plan's months plus every recorded month.
 */
export function computeMonitoringView(input: MonitoringViewInput, profile: MonitoringProfile = DEFAULT_MONITORING_PROFILE): MonitoringView {
  const { project, year } = input;
  const budget = project.funds.total != null && project.funds.total > 0 ? project.funds.total : null;
  const inYear = input.entries.filter((e) => e.paidOn.startsWith(`${year}-`));
  const executedBy = (asOf: string): Fen => inYear.reduce((sum, e) => (e.paidOn <= asOf ? sum + e.amount : sum), 0);
  const curve: CurvePoint[] = [];
  for (let month = 1; month <= 12; month++) {
    const asOf = findMonthEnd(year, month);
    const executed = executedBy(asOf);
    curve.push({
      month,
      executed,
      rate: budget ? executed / budget : null,
      plannedShare: findPlannedShare(input.plan, month),
      timeProgress: computeTimeProgress(asOf)!.progress,
    });
  }
  const months = [...new Set([...input.plan.map((c) => c.month), ...input.checkpoints.map((c) => c.month)])].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const checkpoints = months.map((month) => {
    const record = input.checkpoints.find((c) => c.month === month) ?? null;
    const asOf = findMonthEnd(year, month);
    const executed = executedBy(asOf);
    const pending = asOf > input.today && !record;
    const execution = pending || !budget ? null : assessExecutionProgress({ budget, executed, asOf, spendingPlan: input.plan }, profile);
    const indicators: IndicatorCheckpointView[] = project.indicators.map((indicator, index) => {
      const item = record?.items.find((i) => i.indicatorIndex === index) ?? null;
      const progressText = item?.progressText?.trim() || null;
      return {
        index,
        name: indicator.name,
        targetText: indicator.targetText ?? null,
        progressText,
        forecastText: item?.forecastText?.trim() || null,
        progress: progressText ? assessIndicatorProgress(indicator, progressText, month, profile) : null,
        deviation: item?.deviation ?? null,
      };
    });
    const executionLight = execution ? findWorstLight([execution.light, execution.planLight]) : null;
    const items: MonitoredItem[] = [
      ...(executionLight ? [{ key: 'execution', name: '预算执行', light: executionLight, deviation: record?.execution ?? null }] : []),
      ...indicators.filter((i) => i.progress).map((i) => ({ key: `indicators[${i.index}]`, name: i.name, light: i.progress!.light, deviation: i.deviation })),
    ];
    const state: CheckpointView['state'] = record ? 'recorded' : pending ? 'pending' : 'open';
    return {
      month,
      asOf,
      state,
      version: record?.version ?? null,
      executed,
      execution,
      executionDeviation: record?.execution ?? null,
      indicators,
      light: pending ? null : findWorstLight(items.map((i) => i.light)),
      problems: record ? validateDeviationRecords(items) : [],
    };
  });
  return { year, budget, executed: executedBy(findMonthEnd(year, 12)), plan: input.plan, curve, checkpoints };
}
