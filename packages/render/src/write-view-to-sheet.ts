import type { Worksheet, Borders, Alignment } from 'exceljs';
import type { LayoutView } from '@jixiao/core';
import { flattenView } from '@jixiao/core';

export const XLSX_FONT = '宋体';
const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FF000000' } },
  left: { style: 'thin', color: { argb: 'FF000000' } },
  bottom: { style: 'thin', color: { argb: 'FF000000' } },
  right: { style: 'thin', color: { argb: 'FF000000' } },
};

/** Display width of text in spreadsheet character units (CJK characters count double). */
export function measureText(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function lineCount(text: string, width: number): number {
  const usable = Math.max(2, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(measureText(line) / usable)), 0);
}

/**
 * Writes a view onto a worksheet as the official form: merged cells, thin borders on the table,
 * wrapped text, column widths, row heights for the wrapped text, A4 print setup with the grid header
 * repeated on every page. Every text is written as a plain string (never a formula).
 */
export function writeViewToSheet(ws: Worksheet, view: LayoutView): void {
  const flat = flattenView(view);
  // exceljs drops a width equal to its default (9) from the file; nudge it so every column keeps its width.
  ws.columns = view.columns.map((c) => ({ width: c.width === 9 ? 9.01 : c.width }));
  const heights = new Array<number>(flat.rowCount).fill(1);
  for (const c of flat.cells) {
    const row = c.row + 1;
    const col = c.col + 1;
    const cell = ws.getCell(row, col);
    cell.value = c.cell.text;
    const alignment: Partial<Alignment> = {
      horizontal: c.cell.align ?? 'left',
      vertical: 'middle',
      wrapText: true,
    };
    cell.alignment = alignment;
    const title = c.role === 'title';
    cell.font = { name: XLSX_FONT, size: title ? 16 : 10, bold: title || c.cell.bold === true || c.cell.label === true };
    if (c.role === 'table') {
      for (let i = 0; i < c.rowSpan; i++) for (let j = 0; j < c.colSpan; j++) ws.getCell(row + i, col + j).border = THIN;
    }
    if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(row, col, row + c.rowSpan - 1, col + c.colSpan - 1);
    const width = view.columns.slice(c.col, c.col + c.colSpan).reduce((s, k) => s + k.width, 0);
    const perRow = lineCount(c.cell.text, width) / c.rowSpan;
    for (let i = 0; i < c.rowSpan; i++) heights[c.row + i] = Math.max(heights[c.row + i]!, title ? 2 : perRow);
  }
  heights.forEach((lines, i) => {
    ws.getRow(i + 1).height = Math.min(409, Math.ceil(lines) * 13.5 + 4);
  });
  const grid = flat.blocks.find((b) => b.headerRows > 0);
  ws.pageSetup = {
    paperSize: 9,
    orientation: view.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(grid ? { printTitlesRow: `${grid.firstRow + 1}:${grid.firstRow + grid.headerRows}` } : {}),
  };
}
