import type { Fen } from '../model/money';
import type { SpendingCheckpoint } from '../model/project';
import { computeMonthlyTimeProgress, computeQuarterlyTimeProgress, computeTimeProgress, parseIsoDate } from './compute-time-progress';
import { findPlannedShare } from './find-planned-share';
import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile, type TrafficLight } from './monitoring-profile';

export interface ExecutionProgressInput {
  /** 全年预算数 in fen. */
  readonly budget: Fen;
  /** 执行数 up to `asOf`, in fen. */
  readonly executed: Fen;
  /** Date the data is up to, `YYYY-MM-DD` (central cycle: 31 July). */
  readonly asOf: string;
  readonly spendingPlan?: readonly SpendingCheckpoint[];
}

export interface ExecutionProgress {
  /** 执行率 = executed / budget (not capped). */
  readonly rate: number;
  /** 序时进度 on the profile's basis. */
  readonly timeProgress: number;
  /** Percentage points by which 执行率 lags 序时进度 (negative when ahead). */
  readonly behindTime: number;
  readonly light: TrafficLight;
  /** Planned cumulative share at `asOf`'s month, when the project has a 资金支出计划. */
  readonly plannedShare: number | null;
  readonly behindPlan: number | null;
  readonly planLight: TrafficLight | null;
  readonly formula: string;
}

/** R-MON-05: red when more than `executionRedPoints` behind, yellow when more than `executionYellowPoints`, else green. */
export function classifyExecutionGap(behindPoints: number, profile: MonitoringProfile = DEFAULT_MONITORING_PROFILE): TrafficLight {
  const gap = Number(behindPoints.toFixed(6));
  return gap > profile.executionRedPoints ? 'red' : gap > profile.executionYellowPoints ? 'yellow' : 'green';
}

function toPoints(fraction: number): number {
  return Number((fraction * 100).toFixed(4));
}

/**
 * 双监控 budget side (R-MON-01, R-MON-03, R-MON-05): 执行率 against 序时进度 and against the 资金支出计划 checkpoint share,
 * each with a traffic light. Null when the date is invalid or the budget is not positive.
 */
export function assessExecutionProgress(input: ExecutionProgressInput, profile: MonitoringProfile = DEFAULT_MONITORING_PROFILE): ExecutionProgress | null {
  const date = parseIsoDate(input.asOf);
  const daily = computeTimeProgress(input.asOf);
  if (!date || !daily || input.budget <= 0) return null;
  const timeProgress =
    profile.timeBasis === 'monthly' ? computeMonthlyTimeProgress(date.month) : profile.timeBasis === 'quarterly' ? computeQuarterlyTimeProgress(date.month) : daily.progress;
  const rate = input.executed / input.budget;
  const behindTime = toPoints(timeProgress - rate);
  const plannedShare = input.spendingPlan ? findPlannedShare(input.spendingPlan, date.month) : null;
  const behindPlan = plannedShare == null ? null : toPoints(plannedShare - rate);
  const basis = profile.timeBasis === 'daily' ? `${daily.elapsedDays}/${daily.daysInYear}` : profile.timeBasis === 'monthly' ? `${date.month}/12` : '季度节点';
  const formula =
    `执行率 ${toPoints(rate)}%，序时进度 ${basis} = ${toPoints(timeProgress)}%，落后 ${behindTime} 个百分点` +
    (plannedShare == null ? '' : `；计划进度 ${toPoints(plannedShare)}%，落后 ${behindPlan} 个百分点`);
  return {
    rate,
    timeProgress,
    behindTime,
    light: classifyExecutionGap(behindTime, profile),
    plannedShare,
    behindPlan,
    planLight: behindPlan == null ? null : classifyExecutionGap(behindPlan, profile),
    formula,
  };
}
