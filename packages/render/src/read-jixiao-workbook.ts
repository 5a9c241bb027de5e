import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import type { FieldChange, ImportIssue, LayoutId, LayoutOptions, Project } from '@jixiao/core';
import { findTaxonomyProfile, isLayoutId, readBackProject } from '@jixiao/core';
import { readJixiaoSheet, type JixiaoSheetEntry } from './jixiao-sheet';

export interface JixiaoWorkbookProject {
  readonly sheet: string;
  readonly id: string | null;
  readonly version: number | null;
  readonly layoutId: LayoutId;
  /** The project as edited in the workbook (the stored one when nothing changed). */
  readonly project: Project;
  readonly changes: readonly FieldChange[];
}

export interface JixiaoWorkbook {
  readonly projects: readonly JixiaoWorkbookProject[];
  readonly issues: readonly ImportIssue[];
}

/** Text of a cell value as a user sees it (formulas by their result). */
export function cellValueText(v: CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return v.result == null ? '' : cellValueText(v.result as CellValue);
    if ('error' in v) return String(v.error);
    return '';
  }
  return String(v);
}

/** The sheet's texts, row-major from A1; a merged range gives its text in the top-left cell only. */
export function readSheetGrid(ws: Worksheet): string[][] {
  const grid: string[][] = [];
  const cols = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      row.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellValueText(cell.value));
    }
    grid.push(row);
  }
  return grid;
}

function layoutOptionsOf(entry: JixiaoSheetEntry): LayoutOptions {
  const o = entry.options;
  const profile = typeof o['profile'] === 'string' ? findTaxonomyProfile(o['profile']) : undefined;
  return {
    ...(profile ? { profile } : {}),
    ...(typeof o['region'] === 'string' ? { region: o['region'] } : {}),
    ...(typeof o['fiscalYear'] === 'number' ? { fiscalYear: o['fiscalYear'] } : {}),
  };
}

const issue = (code: string, message: string, extra: Partial<ImportIssue> = {}): ImportIssue => ({ code, severity: 'error', message, ...extra });

/**
 * Reads a workbook written by renderXlsx/renderBatchXlsx back: for every project sheet the edited
 * project (header fields, funds, goals, indicator rows including added ones) and the changed fields
 * compared with the model stored in the hidden `_jixiao` sheet.
 */
export async function readJixiaoWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<JixiaoWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes instanceof Uint8Array ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : bytes);
  } catch {
    return { projects: [], issues: [issue('not-xlsx', '文件不是有效的 Excel 工作簿（.xlsx）')] };
  }
  const entries = readJixiaoSheet(wb);
  if (!entries) return { projects: [], issues: [issue('not-jixiao-export', '该工作簿不是绩效目标系统（Jixiao）导出的文件：缺少隐藏的 _jixiao 工作表，无法对照读回')] };
  const projects: JixiaoWorkbookProject[] = [];
  const issues: ImportIssue[] = [];
  for (const entry of entries) {
    if (!isLayoutId(entry.layoutId)) {
      issues.push(issue('unknown-layout', `工作表“${entry.sheet}”的版式“${entry.layoutId}”无法识别`, { cell: entry.sheet }));
      continue;
    }
    let model: unknown;
    try {
      model = JSON.parse(entry.json);
    } catch {
      issues.push(issue('broken-model', `工作表“${entry.sheet}”保存的数据已损坏`, { cell: entry.sheet }));
      continue;
    }
    const ref = { sheet: entry.sheet, id: entry.id, version: entry.version, layoutId: entry.layoutId };
    if (entry.kind === 'project-list') {
      issues.push({ code: 'layout-not-readable', severity: 'warning', message: `工作表“${entry.sheet}”是公开表版式，不能读回修改，已使用导出时保存的数据`, cell: entry.sheet });
      for (const project of model as Project[]) projects.push({ ...ref, project, changes: [] });
      continue;
    }
    if (entry.kind !== 'project') {
      issues.push({ code: 'layout-not-readable', severity: 'warning', message: `工作表“${entry.sheet}”是部门整体绩效目标，不是项目，已跳过`, cell: entry.sheet });
      continue;
    }
    const ws = wb.getWorksheet(entry.sheet);
    const stored = model as Project;
    if (!ws) {
      issues.push(issue('sheet-missing', `找不到工作表“${entry.sheet}”（可能被删除或改名），已使用导出时保存的数据`, { severity: 'warning', cell: entry.sheet }));
      projects.push({ ...ref, project: stored, changes: [] });
      continue;
    }
    const result = readBackProject(stored, entry.layoutId, readSheetGrid(ws), layoutOptionsOf(entry));
    for (const i of result.issues) issues.push({ ...i, cell: i.cell ? `${entry.sheet}!${i.cell}` : entry.sheet });
    projects.push({ ...ref, project: result.project, changes: result.changes });
  }
  return { projects, issues };
}
