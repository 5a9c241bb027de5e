import { buildMonitoringSheet, renderMonitoringPdf, renderMonitoringXlsx } from '@jixiao/render';
import { listUnits } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import type { ExportedFile } from './export-projects';
import { findToday, getProjectMonitoring } from './project-monitoring';

export const MONITORING_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type MonitoringExportFormat = (typeof MONITORING_EXPORT_FORMATS)[number];

/**
 * The 项目支出绩效运行监控表 of a visible project at checkpoint `month` (default: the latest checkpoint that is not
 * pending) as XLSX or PDF.
 */
export async function exportMonitoringTable(
  db: Db,
  actor: Actor,
  projectId: string,
  options: { readonly format: MonitoringExportFormat; readonly month?: number; readonly today?: string },
): Promise<ExportedFile> {
  const m = await getProjectMonitoring(db, actor, projectId, options.today ?? findToday());
  const available = m.view.checkpoints.filter((c) => c.state !== 'pending').map((c) => c.month);
  const month = options.month ?? available.at(-1) ?? m.view.checkpoints[0]?.month;
  if (month === undefined) throw new DomainError('validation', { field: 'month' }, '该项目尚无资金支出计划或监控节点，无法导出监控表');
  if (!m.view.checkpoints.some((c) => c.month === month)) throw new DomainError('validation', { field: 'month' }, `${month}月不是该项目的监控节点`);
  const unitName = (await listUnits(db)).find((u) => u.id === m.stored.unitId)?.name ?? null;
  const sheet = buildMonitoringSheet(m.stored.project, m.view, month, unitName);
  const bytes = options.format === 'xlsx' ? await renderMonitoringXlsx(sheet) : await renderMonitoringPdf(sheet);
  const contentType = options.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf';
  const base = m.stored.project.name.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80) || 'project';
  return { bytes, contentType, fileName: `${base}-绩效运行监控表-${month}月.${options.format}` };
}
