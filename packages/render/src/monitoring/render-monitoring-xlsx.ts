import ExcelJS from 'exceljs';
import { isFormulaLike } from '../to-safe-csv-field';
import { formatSheetPercent, formatSheetWan, type MonitoringSheet } from './monitoring-sheet';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COLUMNS = 10;

/**
 * The 项目支出绩效运行监控表 common layout as XLSX: project info, the budget execution block (年初预算数, 全年预算数,
 * 全年执行数 to date, 执行率, with 序时进度 and the light), and one row per indicator (年度指标值, 1–N月执行情况,
 * 全年预计完成情况, 监控结果, 偏离原因, 纠偏措施). Text is always text: formula-like text gets a leading `'`.
 */
export async function renderMonitoringXlsx(sheet: MonitoringSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet('绩效运行监控表', { views: [{ showGridLines: false }], pageSetup: { orientation: 'landscape', paperSize: 9 } });
  ws.columns = [10, 12, 22, 14, 16, 18, 14, 14, 22, 8].map((width) => ({ width }));
  const put = (row: number, col: number, value: string | number | null, bold = false): void => {
    const cell = ws.getCell(row, col);
    const s = value ?? '';
    cell.value = typeof s === 'number' ? s : isFormulaLike(s) ? `'${s}` : s;
    cell.font = { name: '宋体', size: 10, bold };
    cell.alignment = { vertical: 'middle', horizontal: typeof s === 'number' ? 'right' : bold ? 'center' : 'left', wrapText: true };
  };
  const span = (row: number, c1: number, c2: number, value: string | number | null, bold = false): void => {
    if (c2 > c1) ws.mergeCells(row, c1, row, c2);
    put(row, c1, value, bold);
  };
  ws.mergeCells(1, 1, 1, COLUMNS);
  put(1, 1, sheet.title, true);
  ws.getCell(1, 1).font = { name: '黑体', size: 16, bold: true };
  span(2, 1, COLUMNS, `（${sheet.fiscalYear}年度，数据截至${sheet.month}月底）`);
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  span(3, 1, 2, '项目名称', true);
  span(3, 3, 6, sheet.projectName);
  span(3, 7, 7, '项目编码', true);
  span(3, 8, COLUMNS, sheet.projectCode ?? '');
  span(4, 1, 2, '主管部门', true);
  span(4, 3, 6, sheet.department ?? '');
  span(4, 7, 7, '实施单位', true);
  span(4, 8, COLUMNS, sheet.unitName ?? '');
  ws.mergeCells(5, 1, 6, 2);
  put(5, 1, '预算执行情况（万元）', true);
  ['年初预算数', '全年预算数', `1-${sheet.month}月执行数`, '执行率', '序时进度', '计划进度', '监控结果'].forEach((h, k) => put(5, 3 + k, h, true));
  span(5, 10, 10, '', true);
  const wan = (fen: number | null): number | string => (fen == null ? '' : Number(formatSheetWan(fen)));
  put(6, 3, wan(sheet.budget));
  put(6, 4, wan(sheet.budget));
  put(6, 5, wan(sheet.executed));
  put(6, 6, formatSheetPercent(sheet.executionRate));
  put(6, 7, formatSheetPercent(sheet.timeProgress));
  put(6, 8, formatSheetPercent(sheet.plannedShare));
  span(6, 9, 10, sheet.executionLight);
  span(7, 1, 2, '执行偏离原因及纠偏措施', true);
  span(7, 3, COLUMNS, sheet.executionDeviation);
  const head = 8;
  ['一级指标', '二级指标', '三级指标', '年度指标值', `1-${sheet.month}月执行情况`, '全年预计完成情况', '监控结果', '偏离原因', '纠偏措施'].forEach((h, k) => put(head, 1 + k, h, true));
  span(head, 9, 10, '纠偏措施', true);
  sheet.indicators.forEach((r, k) => {
    const row = head + 1 + k;
    [r.level1, r.level2, r.name, r.targetText, r.progressText, r.forecastText, r.light, r.cause].forEach((v, c) => put(row, 1 + c, v));
    span(row, 9, 10, r.measure);
  });
  const last = head + sheet.indicators.length;
  for (let r = 3; r <= last; r++) for (let c = 1; c <= COLUMNS; c++) ws.getCell(r, c).border = BORDER;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
