import type { Worksheet, Borders } from 'exceljs';
import type { Project } from '@jixiao/core';
import { formatWan, sumFen } from '@jixiao/core';
import { XLSX_FONT } from './write-view-to-sheet';

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADERS = ['序号', '单位', '项目名称', '项目编码', '资金总额（万元）', '指标数'];

/** The first sheet of a batch: one row per project and a 合计 row. Amounts are numbers in 万元. */
export function writeSummarySheet(ws: Worksheet, projects: readonly Project[]): void {
  ws.columns = [{ width: 6 }, { width: 26 }, { width: 40 }, { width: 24 }, { width: 16 }, { width: 8 }];
  ws.mergeCells(1, 1, 1, HEADERS.length);
  const title = ws.getCell(1, 1);
  title.value = '项目支出绩效目标汇总表';
  title.font = { name: XLSX_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  const put = (row: number, values: (string | number | null)[], bold = false): void => {
    values.forEach((v, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = v;
      cell.border = THIN;
      cell.font = { name: XLSX_FONT, size: 10, bold };
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: i === 0 || i === 5 ? 'center' : i === 4 ? 'right' : 'left' };
      if (i === 4) cell.numFmt = '#,##0.00';
    });
  };
  put(2, HEADERS, true);
  projects.forEach((p, i) => {
    put(3 + i, [i + 1, p.unit ?? '', p.name, p.code ?? '', p.funds.total == null ? null : Number(formatWan(p.funds.total)), p.indicators.length]);
  });
  const total = sumFen(projects.map((p) => p.funds.total));
  put(3 + projects.length, ['合计', '', `${projects.length}个项目`, '', total == null ? null : Number(formatWan(total)), projects.reduce((n, p) => n + p.indicators.length, 0)], true);
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}
