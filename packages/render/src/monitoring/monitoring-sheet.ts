import { formatWan, type CheckpointView, type MonitoringView, type Project, type TrafficLight } from '@jixiao/core';

/** Chinese label of a traffic light (never colour only). */
export const LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = { green: '绿灯（正常）', yellow: '黄灯（轻度偏差）', red: '红灯（严重偏差）', blue: '蓝灯（超前）' };

/** What a 项目支出绩效运行监控表 shows at one checkpoint, independent of the output format. Money in fen. */
export interface MonitoringSheet {
  readonly title: string;
  readonly fiscalYear: number;
  readonly month: number;
  readonly projectName: string;
  readonly projectCode: string | null;
  readonly department: string | null;
  readonly unitName: string | null;
  /** 年初预算数 and 全年预算数 (the declared total; no in-year budget changes are tracked). */
  readonly budget: number | null;
  /** 1–N月 执行数. */
  readonly executed: number;
  readonly executionRate: number | null;
  readonly timeProgress: number | null;
  readonly plannedShare: number | null;
  readonly executionLight: string;
  readonly executionDeviation: string;
  readonly indicators: readonly MonitoringSheetRow[];
}

export interface MonitoringSheetRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** 年度指标值. */
  readonly targetText: string;
  /** 1–N月执行情况. */
  readonly progressText: string;
  /** 全年预计完成情况. */
  readonly forecastText: string;
  readonly light: string;
  /** 偏离原因. */
  readonly cause: string;
  /** 纠偏措施 (with the decision on adjusting the target). */
  readonly measure: string;
}

function formatForecast(view: CheckpointView['indicators'][number]): string {
  if (view.forecastText) return view.forecastText;
  const p = view.progress;
  if (!p || p.forecast == null) return p?.method === 'qualitative' ? (p.forecastReached ? '预计达成' : '预计不能完全达成') : '';
  return `${Number(p.forecast.toFixed(2))}（${p.forecastReached ? '预计达成' : '预计不能达成'}）`;
}

/** Builds the monitoring table of `month` from a project and its 双监控 view. */
export function buildMonitoringSheet(project: Project, view: MonitoringView, month: number, unitName: string | null): MonitoringSheet {
  const cp = view.checkpoints.find((c) => c.month === month);
  const ex = cp?.execution ?? null;
  const dev = cp?.executionDeviation ?? null;
  const exLight = ex ? (ex.planLight && ex.planLight !== ex.light && ex.planLight === 'red' ? ex.planLight : ex.light) : null;
  return {
    title: '项目支出绩效运行监控表',
    fiscalYear: view.year,
    month,
    projectName: project.name,
    projectCode: project.code,
    department: project.department,
    unitName: unitName ?? project.unit,
    budget: view.budget,
    executed: cp?.executed ?? 0,
    executionRate: ex?.rate ?? null,
    timeProgress: ex?.timeProgress ?? null,
    plannedShare: ex?.plannedShare ?? null,
    executionLight: exLight ? LIGHT_LABELS[exLight] : '',
    executionDeviation: dev ? `${dev.cause}；${dev.measure}${dev.adjustTarget ? '；申请调整目标' : ''}` : '',
    indicators: (cp?.indicators ?? []).map((i) => {
      const indicator = project.indicators[i.index]!;
      return {
        level1: indicator.level1Text ?? '',
        level2: indicator.level2Text ?? '',
        name: i.name,
        targetText: i.targetText ?? '',
        progressText: i.progressText ?? '',
        forecastText: formatForecast(i),
        light: i.progress ? LIGHT_LABELS[i.progress.light] : '未填报',
        cause: i.deviation?.cause ?? '',
        measure: i.deviation ? `${i.deviation.measure}${i.deviation.adjustTarget ? '（建议调整目标）' : ''}` : '',
      };
    }),
  };
}

/** 万元 text with two decimals, empty for null. */
export function formatSheetWan(fen: number | null): string {
  return fen == null ? '' : formatWan(fen);
}

/** A fraction as a percentage with two decimals, empty for null. */
export function formatSheetPercent(fraction: number | null): string {
  return fraction == null ? '' : `${(fraction * 100).toFixed(2)}%`;
}
