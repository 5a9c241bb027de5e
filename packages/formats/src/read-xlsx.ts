import type { Buffer as ExcelBuffer, Worksheet } from 'exceljs';
import type { CellDocument, ImportIssue } from '@jixiao/core';
import { createCorruptIssue, createTruncatedIssue } from './create-issue';
import { createRowSink } from './create-row-sink';
import { formatCellValue } from './format-cell-value';
import { inspectZip } from './inspect-zip';
import { resolveReadLimits, type ReadLimits } from './read-limits';

/**
 * Reads an Excel .xlsx: every visible sheet in workbook order, each non-empty row as one Row whose
 * cells start at column A (so cells[2] is column C); loc.cell is `Sheet!A<row>`. A merged range
 * gives its text in its top-left cell and '' in every other cell it covers. Values are the text
 * the cell displays (see formatCellValue); trailing empty cells are dropped.
 */
export async function readXlsx(bytes: Uint8Array, limits?: ReadLimits): Promise<CellDocument> {
  const limit = resolveReadLimits(limits);
  const refused = inspectZip(bytes, limit, 'Excel（.xlsx）');
  if (refused.length > 0) return { format: 'xlsx', rows: [], issues: refused };
  // Loaded on first use: commands that never read a workbook (and the generator) start faster.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelBuffer);
  } catch (error) {
    return { format: 'xlsx', rows: [], issues: [createCorruptIssue('Excel（.xlsx）', error instanceof Error ? error.message : String(error))] };
  }
  const issues: ImportIssue[] = [];
  const sink = createRowSink(limit.maxRows);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && sheet.state !== undefined) continue;
    readSheet(sheet, sink);
    if (sink.truncated) break;
  }
  if (sink.truncated) issues.push(createTruncatedIssue(limit.maxRows));
  return { format: 'xlsx', rows: sink.rows, issues };
}

function readSheet(sheet: Worksheet, sink: ReturnType<typeof createRowSink>): void {
  const name = sheet.name;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (sink.truncated) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const covered = cell.isMerged && cell.master.address !== cell.address;
      cells[col - 1] = covered ? '' : formatCellValue({ value: cell.value, numFmt: cell.numFmt });
    });
    const filled = Array.from(cells, (text) => text ?? '');
    while (filled.length > 0 && filled.at(-1) === '') filled.pop();
    if (filled.length === 0) return;
    sink.push(filled, { cell: `${name}!A${rowNumber}` });
  });
}
