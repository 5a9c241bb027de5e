import ExcelJS from 'exceljs';
import type { LayoutId, LayoutOptions, LayoutView, Project } from '@jixiao/core';
import { buildProjectViews } from '@jixiao/core';
import { toSafeSheetName } from './safe-sheet-name';
import { writeViewToSheet } from './write-view-to-sheet';
import { writeJixiaoSheet, type JixiaoSheetEntry } from './jixiao-sheet';
import { writeSummarySheet } from './write-summary-sheet';

export interface ProjectRef {
  readonly id?: string | null;
  readonly version?: number | null;
}

export interface RenderXlsxOptions {
  /** Id and version of the stored project behind each view (same order), kept in the hidden sheet. */
  readonly refs?: readonly (ProjectRef | undefined)[];
  /** The layout options the views were built with; kept so that the workbook can be read back. */
  readonly layoutOptions?: LayoutOptions;
}

function storedOptions(opts: LayoutOptions | undefined): Record<string, unknown> {
  return { ...(opts?.profile ? { profile: opts.profile.id } : {}), ...(opts?.region ? { region: opts.region } : {}), ...(opts?.fiscalYear ? { fiscalYear: opts.fiscalYear } : {}) };
}

function modelJson(view: LayoutView): string {
  const s = view.source;
  return JSON.stringify(s.kind === 'project' ? s.project : s.kind === 'project-list' ? s.projects : s.target);
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

function addViews(wb: ExcelJS.Workbook, views: readonly LayoutView[], opts: RenderXlsxOptions, taken: Set<string>): void {
  const entries: JixiaoSheetEntry[] = views.map((view, i) => {
    const sheet = toSafeSheetName(view.name, taken);
    writeViewToSheet(wb.addWorksheet(sheet, { views: [{ showGridLines: false }] }), view);
    const ref = opts.refs?.[i];
    return { sheet, id: ref?.id ?? null, version: ref?.version ?? null, layoutId: view.layoutId, kind: view.source.kind, options: storedOptions(opts.layoutOptions), json: modelJson(view) };
  });
  writeJixiaoSheet(wb, entries);
}

/** An XLSX workbook with one sheet per view in its official layout, plus the hidden `_jixiao` sheet. */
export async function renderXlsx(views: LayoutView | readonly LayoutView[], opts: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const list: readonly LayoutView[] = Array.isArray(views) ? views : [views as LayoutView];
  const wb = newWorkbook();
  addViews(wb, list, opts, new Set());
  return toBytes(wb);
}

/** A batch workbook: a 汇总 sheet with totals first, then one sheet per project. */
export async function renderBatchXlsx(projects: readonly Project[], layout: LayoutId, opts: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const views = buildProjectViews(layout, projects, opts.layoutOptions ?? {});
  const wb = newWorkbook();
  const taken = new Set<string>();
  writeSummarySheet(wb.addWorksheet(toSafeSheetName('汇总', taken)), projects);
  addViews(wb, views, opts, taken);
  return toBytes(wb);
}
