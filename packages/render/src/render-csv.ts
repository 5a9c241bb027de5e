import type { LayoutView } from '@jixiao/core';
import { flattenView } from '@jixiao/core';
import { toSafeCsvField } from './to-safe-csv-field';

/** A view as CSV (UTF-8 with BOM so Excel reads Chinese), merged cells written once, formulas defused. */
export function renderCsv(view: LayoutView): string {
  const flat = flattenView(view);
  const grid = Array.from({ length: flat.rowCount }, () => Array<string>(flat.columnCount).fill(''));
  for (const c of flat.cells) grid[c.row]![c.col] = c.cell.text;
  return `\uFEFF${grid.map((row) => row.map(toSafeCsvField).join(',')).join('\r\n')}\r\n`;
}

/** Several views as one CSV file, a blank line between them, the byte-order mark once. */
export function renderCsvBatch(views: readonly LayoutView[]): string {
  return `\uFEFF${views.map((v) => renderCsv(v).replace(/^\uFEFF/, '')).join('\r\n')}`;
}
