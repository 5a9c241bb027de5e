import { LAYOUTS, type LayoutId, type Project } from '@jixiao/core';
import { renderBatchPdf, renderBatchXlsx, renderCsvBatch, renderDocx, renderHtml, renderBatchHtml, renderPdf, renderXlsx } from '@jixiao/render';
import { buildProjectViews } from '@jixiao/core';
import { getProjects, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { listVisibleProjects, type ProjectListQuery } from './list-visible-projects';
import { loadVisibleProject } from './load-visible-project';
import { hidePersonalData } from './personal-data';

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'html', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Most projects one batch export may hold (a 1,000-project workbook is the benchmark size). */
export const MAX_EXPORT_PROJECTS = 2000;

/** One project in an official layout; personal data follows the same visibility rules as the API. */
export async function exportProject(db: Db, actor: Actor, id: string, format: ExportFormat, layout: LayoutId): Promise<ExportedFile> {
  checkLayout(layout);
  const stored = await loadVisibleProject(db, actor, id);
  const project = hidePersonalData(actor, stored.unitId, stored.project);
  const views = buildProjectViews(layout, [project]);
  const bytes =
    format === 'pdf' ? await renderPdf(views)
    : format === 'docx' ? await renderDocx(views)
    : format === 'xlsx' ? await renderXlsx(views, { refs: [{ id: stored.id, version: stored.version }] })
    : format === 'csv' ? new TextEncoder().encode(renderCsvBatch(views))
    : new TextEncoder().encode(renderHtml(views, { title: project.name }));
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `${safeFileName(project.name)}.${format}` };
}

/** All projects of a unit, department or year that the actor may see, as one workbook / PDF / document. */
export async function exportProjectBatch(db: Db, actor: Actor, query: Omit<ProjectListQuery, 'limit' | 'offset'>, format: ExportFormat, layout: LayoutId): Promise<ExportedFile> {
  checkLayout(layout);
  const page = await listVisibleProjects(db, actor, { ...query, limit: MAX_EXPORT_PROJECTS, offset: 0, sort: { field: 'name', direction: 'asc' } });
  if (page.total > MAX_EXPORT_PROJECTS) throw new DomainError('validation', { total: page.total }, `一次最多导出 ${MAX_EXPORT_PROJECTS} 个项目，请缩小范围（当前 ${page.total} 个）`);
  const stored: StoredProject[] = await getProjects(db, page.rows.map((r) => r.id));
  const projects: Project[] = stored.map((s) => hidePersonalData(actor, s.unitId, s.project));
  const name = `绩效目标-${query.fiscalYear ?? '全部年度'}-${projects.length}个项目`;
  const bytes =
    format === 'pdf' ? await renderBatchPdf(projects, layout)
    : format === 'xlsx' ? await renderBatchXlsx(projects, layout, { refs: stored.map((s) => ({ id: s.id, version: s.version })) })
    : format === 'docx' ? await renderDocx(buildProjectViews(layout, projects), { title: name })
    : format === 'csv' ? new TextEncoder().encode(renderCsvBatch(buildProjectViews(layout, projects)))
    : new TextEncoder().encode(renderBatchHtml(projects, layout));
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `${name}.${format}` };
}

function checkLayout(layout: string): void {
  if (!Object.prototype.hasOwnProperty.call(LAYOUTS, layout)) throw new DomainError('validation', { layout }, `未知的版式：${layout}`);
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80) || 'project';
}
