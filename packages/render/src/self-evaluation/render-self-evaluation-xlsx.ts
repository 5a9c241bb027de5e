import ExcelJS from 'exceljs';
import { isFormulaLike } from '../to-safe-csv-field';
import { formatFenAsWan, type SelfEvaluationSheet } from './self-evaluation-sheet';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
const COLUMNS = 9;

/**
 * The 项目支出绩效自评表 common layout as an XLSX sheet: 项目资金 (年初预算数/全年预算数/全年执行数/分值/执行率/得分, 万元),
 * 年度总体目标 预期/实际, the indicator rows (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施),
 * 总分, and a 计分公式 sheet. Text is always written as text (never a formula: formula-like text gets a leading `'`
 * shown literally); numbers are numbers.
 */
export async function renderSelfEvaluationXlsx(sheet: SelfEvaluationSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet('绩效自评表', { views: [{ showGridLines: false }] });
  ws.columns = [10, 12, 14, 24, 14, 16, 8, 8, 30].map((width) => ({ width }));
  const text = (v: string | null | undefined): string => {
    const s = v ?? '';
    return isFormulaLike(s) ? `'${s}` : s;
  };
  const put = (row: number, col: number, value: string | number | null, opts: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}): void => {
    const cell = ws.getCell(row, col);
    cell.value = typeof value === 'number' ? value : text(value);
    cell.font = { name: FONT, size: 10, bold: opts.bold ?? false };
    cell.alignment = { vertical: 'middle', horizontal: opts.align ?? (typeof value === 'number' ? 'right' : 'left'), wrapText: true };
  };
  const merge = (r1: number, c1: number, r2: number, c2: number): void => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  };
  ws.mergeCells(1, 1, 1, COLUMNS);
  put(1, 1, sheet.title, { bold: true, align: 'center' });
  ws.getCell(1, 1).font = { name: '黑体', size: 16, bold: true };
  ws.mergeCells(2, 1, 2, COLUMNS);
  put(2, 1, `（${sheet.fiscalYear ?? ''}年度）`, { align: 'center' });
  merge(3, 1, 3, 2);
  put(3, 1, '项目名称', { bold: true });
  merge(3, 3, 3, COLUMNS);
  put(3, 3, sheet.projectName);
  merge(4, 1, 4, 2);
  put(4, 1, '主管部门', { bold: true });
  merge(4, 3, 4, 5);
  put(4, 3, sheet.unitName ?? '');
  put(4, 6, '实施单位', { bold: true });
  merge(4, 7, 4, COLUMNS);
  put(4, 7, sheet.unitName ?? '');
  merge(5, 1, 6, 2);
  put(5, 1, '项目资金（万元）', { bold: true });
  ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, k) => put(5, 3 + k, h, { bold: true, align: 'center' }));
  put(6, 3, '年度资金总额');
  const wan = (fen: number | null): number | string => (fen == null ? '' : Number(formatFenAsWan(fen)));
  put(6, 4, wan(sheet.budget));
  put(6, 5, wan(sheet.budget));
  put(6, 6, wan(sheet.executed));
  put(6, 7, sheet.executionWeight);
  if (sheet.executionRate == null) put(6, 8, '');
  else {
    put(6, 8, Number(sheet.executionRate.toFixed(4)));
    ws.getCell(6, 8).numFmt = '0.00%';
  }
  put(6, 9, sheet.executionScore);
  merge(7, 1, 8, 1);
  put(7, 1, '年度总体目标', { bold: true });
  merge(7, 2, 7, 5);
  put(7, 2, '预期目标', { bold: true, align: 'center' });
  merge(7, 6, 7, COLUMNS);
  put(7, 6, '实际完成情况', { bold: true, align: 'center' });
  merge(8, 2, 8, 5);
  put(8, 2, sheet.goals.join('\n'));
  merge(8, 6, 8, COLUMNS);
  put(8, 6, sheet.achievedGoals ?? '');
  ws.getRow(8).height = Math.min(409, 15 * Math.max(2, sheet.goals.length + 1));
  const header = 9;
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, k) => put(header, 1 + k, h, { bold: true, align: 'center' }));
  sheet.indicators.forEach((r, k) => {
    const row = header + 1 + k;
    put(row, 2, r.level1);
    put(row, 3, r.level2);
    put(row, 4, r.name);
    put(row, 5, r.targetText);
    put(row, 6, r.actualText);
    put(row, 7, r.weight);
    put(row, 8, r.score);
    put(row, 9, r.deviation);
  });
  const last = header + sheet.indicators.length;
  if (sheet.indicators.length > 0) merge(header, 1, last, 1);
  put(header, 1, '绩效指标', { bold: true, align: 'center' });
  const totalRow = last + 1;
  merge(totalRow, 1, totalRow, 6);
  put(totalRow, 1, '总分', { bold: true, align: 'center' });
  const weights = sheet.indicators.reduce((n, r) => n + Math.round(r.weight * 100), Math.round(sheet.executionWeight * 100)) / 100;
  put(totalRow, 7, weights);
  put(totalRow, 8, sheet.total);
  put(totalRow, 9, `自评等级：${sheet.gradeLabel}`);
  for (let r = 3; r <= totalRow; r++) for (let c = 1; c <= COLUMNS; c++) ws.getCell(r, c).border = BORDER;
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: `${header}:${header}` };

  const fs = wb.addWorksheet('计分公式');
  fs.columns = [6, 28, 16, 16, 8, 8, 44].map((width) => ({ width }));
  // Headers outside the importer's lexicon: the sheet explains the main one and must not read back as more indicators.
  ['序号', '指标', '目标', '实际', '满分', '计分', '计分公式'].forEach((h, k) => {
    const c = fs.getCell(1, 1 + k);
    c.value = h;
    c.font = { name: FONT, size: 10, bold: true };
  });
  sheet.indicators.forEach((r, k) => {
    const values: (string | number)[] = [k + 1, text(r.name), text(r.targetText), text(r.actualText), r.weight, r.score, text(r.formula)];
    values.forEach((v, j) => {
      const c = fs.getCell(2 + k, 1 + j);
      c.value = v;
      c.font = { name: FONT, size: 10 };
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
