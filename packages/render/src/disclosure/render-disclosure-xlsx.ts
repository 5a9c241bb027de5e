import ExcelJS from 'exceljs';
import type { GeneratedDisclosure, GeneratedTable } from '@jixiao/core';
import { placeHeaderCells } from '@jixiao/core';
import { toSafeSheetName } from '../safe-sheet-name';
import { isFormulaLike } from '../to-safe-csv-field';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Text is always text: formula-like text gets a leading `'` (CSV/DDE injection). */
function safeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

function writeTable(ws: ExcelJS.Worksheet, t: GeneratedTable, department: string): void {
  const width = Math.max(t.fields.length, 4);
  ws.columns = t.fields.map((f) => ({ width: f.type === 'text' ? 28 : f.type === 'money' ? 16 : 10 }));
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = safeText(`${t.id} ${t.title}`);
  ws.getCell(1, 1).font = { name: '黑体', size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = safeText(`部门名称：${department}`);
  ws.getCell(2, width).value = `单位：${t.moneyUnit}`;
  let r = 3;
  for (const p of placeHeaderCells(t.columns, t.fields.length)) {
    const top = r + p.row;
    if (p.cell.colSpan > 1 || p.cell.rowSpan > 1) ws.mergeCells(top, p.col + 1, top + p.cell.rowSpan - 1, p.col + p.cell.colSpan);
    const cell = ws.getCell(top, p.col + 1);
    cell.value = safeText(p.cell.text);
    cell.font = { name: '黑体', size: 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  for (let hr = 0; hr < t.columns.length; hr++) for (let k = 1; k <= t.fields.length; k++) ws.getCell(r + hr, k).border = BORDER;
  r += t.columns.length;
  for (const row2 of t.rows) {
    row2.cells.forEach((c, k) => {
      const cell = ws.getCell(r, k + 1);
      if (c !== null && typeof c === 'object') {
        if ('fen' in c) {
          cell.value = t.moneyUnit === '万元' ? c.fen / 1_000_000 : c.fen / 100;
          cell.numFmt = t.moneyUnit === '万元' ? '0.00' : '#,##0.00';
        } else cell.value = c.count;
        cell.alignment = { horizontal: 'right' };
      } else if (typeof c === 'string') {
        cell.value = safeText(c);
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: t.fields[k]?.type === 'code' ? 'center' : 'left' };
      }
      cell.font = { name: '宋体', size: 10, bold: row2.role === 'total' };
      cell.border = BORDER;
    });
    r++;
  }
  if (t.empty && t.emptyNote) ws.getCell(r + 1, 1).value = safeText(t.emptyNote);
}

/** The disclosure as a workbook: a 说明 sheet with the narrative, then one sheet per table (amounts as numbers). */
export async function renderDisclosureXlsx(d: GeneratedDisclosure): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const taken = new Set<string>();
  const intro = wb.addWorksheet(toSafeSheetName('公开说明', taken));
  intro.columns = [{ width: 120 }];
  const lines = [d.department, d.title, ...d.narrative.sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.table ? [s.table.header.join(' | '), ...s.table.rows.map((x) => x.join(' | '))] : [])])];
  lines.forEach((text, k) => {
    const cell = intro.getCell(k + 1, 1);
    cell.value = safeText(text);
    cell.alignment = { wrapText: true };
    cell.font = { name: '仿宋', size: 11, bold: k < 2 };
  });
  for (const t of d.tables) {
    const ws = wb.addWorksheet(toSafeSheetName(`${t.id} ${t.title.replace(/^部门综合预算/, '')}`, taken), { pageSetup: { orientation: t.wide ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    writeTable(ws, t, d.department);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
