import type { DeviationCause, MonitoringProfile, TrafficLight } from '@jixiao/core';
import { requestApi, withQuery } from './http-client';

export type { DeviationCause, TrafficLight };

export interface Deviation {
  readonly cause: DeviationCause;
  readonly measure: string;
  readonly adjustTarget: boolean;
}

export interface PlanCheckpoint {
  readonly month: number;
  /** Cumulative share of the year's money by the end of the month, 0–100. */
  readonly percent: number;
}

export interface ExecutionEntry {
  readonly id: string;
  readonly paidOn: string;
  /** Fen. */
  readonly amount: number;
  readonly note: string;
  readonly source: 'manual' | 'import';
  readonly importFile: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface ExecutionProgress {
  readonly rate: number;
  readonly timeProgress: number;
  readonly behindTime: number;
  readonly light: TrafficLight;
  readonly plannedShare: number | null;
  readonly behindPlan: number | null;
  readonly planLight: TrafficLight | null;
  readonly formula: string;
}

export interface IndicatorProgress {
  readonly light: TrafficLight;
  readonly method: 'pro-rata' | 'range' | 'qualitative';
  readonly expected: number | null;
  readonly actual: number | null;
  readonly forecast: number | null;
  readonly forecastReached: boolean;
  readonly formula: string;
  readonly problem?: string;
}

export interface CheckpointIndicator {
  readonly index: number;
  readonly name: string;
  readonly targetText: string | null;
  readonly progressText: string | null;
  readonly forecastText: string | null;
  readonly progress: IndicatorProgress | null;
  readonly deviation: Deviation | null;
}

export interface MonitoringCheckpoint {
  readonly month: number;
  readonly asOf: string;
  readonly state: 'pending' | 'open' | 'recorded';
  readonly version: number;
  readonly executed: number;
  readonly execution: ExecutionProgress | null;
  readonly executionDeviation: Deviation | null;
  readonly light: TrafficLight | null;
  readonly problems: readonly { readonly key: string; readonly message: string }[];
  readonly indicators: readonly CheckpointIndicator[];
}

export interface CurvePoint {
  readonly month: number;
  readonly executed: number;
  readonly rate: number | null;
  readonly plannedShare: number | null;
  readonly timeProgress: number;
}

/** GET /api/projects/:id/monitoring. */
export interface ProjectMonitoring {
  readonly projectId: string;
  readonly projectName: string;
  readonly status: string;
  readonly projectVersion: number;
  readonly year: number;
  readonly budget: number | null;
  readonly executed: number;
  readonly plan: readonly PlanCheckpoint[];
  readonly planSource: 'monitoring' | 'declared' | 'none';
  readonly planVersion: number;
  readonly adjustmentRequested: boolean;
  readonly entries: readonly ExecutionEntry[];
  readonly curve: readonly CurvePoint[];
  readonly checkpoints: readonly MonitoringCheckpoint[];
  /** The thresholds the lights use and the unit that set them (null: the rules' defaults). */
  readonly profile: { readonly profile: MonitoringProfile; readonly source: { readonly unitId: string; readonly unitName: string } | null };
}

export interface PaymentIssue {
  readonly row: number | null;
  readonly cell: string | null;
  readonly text: string;
  readonly message: string;
}

export interface PaymentsImport {
  readonly imported: number;
  readonly total: number;
  readonly entries: readonly { readonly paidOn: string; readonly amount: number; readonly note: string; readonly row: number }[];
  readonly issues: readonly PaymentIssue[];
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

export interface CheckpointItemInput {
  readonly indicatorIndex: number;
  readonly progressText: string | null;
  readonly forecastText: string | null;
  readonly deviation: Deviation | null;
}

export interface MonitoringOverviewRow {
  readonly id: string;
  readonly name: string;
  readonly unitName: string | null;
  readonly status: string;
  readonly budget: number | null;
  readonly executed: number;
  readonly rate: number | null;
  readonly lights: Readonly<Record<string, TrafficLight | null>>;
  readonly worst: TrafficLight | null;
  readonly adjustmentRequested: boolean;
}

/** GET /api/monitoring/overview. */
export interface MonitoringOverview {
  readonly months: readonly number[];
  readonly budget: number;
  readonly truncated: boolean;
  readonly curve: readonly CurvePoint[];
  readonly rows: readonly MonitoringOverviewRow[];
}

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/monitoring`;

/** GET /api/projects/:id/monitoring: plan, entries, curve and lights per checkpoint. */
export function getProjectMonitoring(id: string): Promise<ProjectMonitoring> {
  return requestApi('GET', base(id));
}

/** PUT /api/projects/:id/monitoring/plan with the plan version read (409 when stale). */
export function saveMonitoringPlan(id: string, version: number, fiscalYear: number | null, checkpoints: readonly PlanCheckpoint[]): Promise<{ version: number }> {
  return requestApi('PUT', `${base(id)}/plan`, { version, fiscalYear, checkpoints });
}

/** POST /api/projects/:id/monitoring/entries: one typed-in payment, amount in 元 as written. */
export function addExecutionEntry(id: string, paidOn: string, amountYuan: string, note: string): Promise<ExecutionEntry> {
  return requestApi('POST', `${base(id)}/entries`, { paidOn, amountYuan, note });
}

/** DELETE /api/projects/:id/monitoring/entries/:entryId. */
export function deleteExecutionEntry(id: string, entryId: string): Promise<void> {
  return requestApi('DELETE', `${base(id)}/entries/${encodeURIComponent(entryId)}`);
}

/** POST /api/projects/:id/monitoring/payments (CSV/XLSX); a file with any bad row is refused whole (issues in details). */
export function importPayments(id: string, file: File, preview = false): Promise<PaymentsImport> {
  const form = new FormData();
  form.append('file', file);
  return requestApi('POST', withQuery(`${base(id)}/payments`, { preview: preview ? 'true' : undefined }), form);
}

/** PUT /api/projects/:id/monitoring/checkpoints/:month (409 when stale, 400 listing red items without deviation). */
export function saveCheckpoint(id: string, month: number, version: number, items: readonly CheckpointItemInput[], execution: Deviation | null): Promise<{ month: number; version: number }> {
  return requestApi('PUT', `${base(id)}/checkpoints/${month}`, { version, items, execution });
}

/** The download URL of the 项目支出绩效运行监控表. */
export function monitoringExportUrl(id: string, format: 'xlsx' | 'pdf', month?: number): string {
  return withQuery(`${base(id)}/export`, { format, month });
}

/** GET /api/monitoring/overview: light matrix and summed execution curve. */
export function getMonitoringOverview(query: { unitId?: string; fiscalYear?: number } = {}): Promise<MonitoringOverview> {
  return requestApi('GET', withQuery('/api/monitoring/overview', query));
}
