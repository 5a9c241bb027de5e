import type { Row } from '../../import/cell-document';
import type { UnitAmountRow, UnitAmountTable } from '../model/disclosure';
import { normalizeTitle } from '../lexicon/disclosure-template';
import { parseYuanCell } from './parse-yuan-cell';

/**
 * Reads a table by unit (表2 收入总表, 表3 支出总表). The header may span several rows with merged
 * cells; each column gets the path of labels above it ('部门预算/公共预算拨款/小计').
 */
export function readUnitAmountTable(rows: readonly Row[]): UnitAmountTable | null {
  const headerStart = rows.findIndex((r) => r.cells.some((c) => /^单位编码$/.test(normalizeTitle(c))));
  if (headerStart < 0) return null;
  const dataStart = rows.findIndex((r, k) => k > headerStart && isDataRow(r));
  if (dataStart < 0) return { columns: [], rows: [] };
  const headerRows = rows.slice(headerStart, dataStart).filter((r) => r.cells.some((c) => c.trim() !== '')).map((r) => r.cells.map(normalizeTitle));
  const width = Math.max(...headerRows.map((r) => r.length), ...rows.slice(dataStart).map((r) => r.cells.length));
  const labels: string[][] = [];
  headerRows.forEach((cells, level) => {
    const above = labels[level - 1];
    const line: string[] = [];
    for (let c = 0; c < width; c++) {
      const own = cells[c] ?? '';
      const sameParent = c > 0 && (above ? above[c] === above[c - 1] && above[c] !== '' : true);
      line.push(own !== '' ? own : sameParent && level === 0 && c > 0 ? (line[c - 1] ?? '') : sameParent && level > 0 ? (line[c - 1] ?? '') : '');
    }
    labels.push(line);
  });
  const paths: string[] = [];
  for (let c = 0; c < width; c++) paths.push(labels.map((l) => l[c] ?? '').filter((x, k, arr) => x !== '' && x !== arr[k - 1]).join('/'));
  const codeCol = (headerRows[0] ?? []).findIndex((c) => c === '单位编码');
  const nameCol = (headerRows[0] ?? []).findIndex((c) => c === '单位名称');
  const out: UnitAmountRow[] = [];
  for (const row of rows.slice(dataStart)) {
    if (!isDataRow(row)) continue;
    const cells = row.cells.map((c) => c.trim());
    const amounts: Record<string, number | null> = {};
    for (let c = 0; c < width; c++) if (c !== codeCol && c !== nameCol && paths[c]) amounts[paths[c]!] = parseYuanCell(cells[c]);
    out.push({ unitCode: (cells[codeCol] ?? '') || null, unitName: cells[nameCol] ?? '', amounts, line: row.loc.line ?? 0 });
  }
  return { columns: paths.filter((p, c) => p !== '' && c !== codeCol && c !== nameCol), rows: out };
}

function isDataRow(row: Row): boolean {
  const cells = row.cells.map((c) => c.trim());
  return cells.some((c) => /^(合计|总计)$/.test(c) || /^\d{3,}$/.test(c)) && cells.some((c) => parseYuanCell(c) !== null && c.includes('.'));
}
