import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { placeCells } from './place-cells';

export type FlatCellRole = 'title' | 'subtitle' | 'meta' | 'table';

export interface FlatCell {
  readonly cell: ViewCell;
  readonly role: FlatCellRole;
  /** 0-based row and column on the sheet. */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface FlatBlockPosition {
  readonly id: string;
  readonly firstRow: number;
  readonly headerRows: number;
  readonly rows: readonly ViewRow[];
}

/** A view laid out on one rectangular grid, as a spreadsheet shows it: titles, meta lines, then the blocks. */
export interface FlatView {
  readonly columnCount: number;
  readonly rowCount: number;
  readonly cells: readonly FlatCell[];
  readonly blocks: readonly FlatBlockPosition[];
}

export function flattenView(view: LayoutView): FlatView {
  const columnCount = view.columns.length;
  const cells: FlatCell[] = [];
  let row = 0;
  const fullWidth = (text: string, role: FlatCellRole, extra: Partial<ViewCell> = {}): void => {
    cells.push({ cell: { text, align: 'center', ...extra }, role, row, col: 0, rowSpan: 1, colSpan: columnCount });
    row++;
  };
  fullWidth(view.title, 'title', { bold: true });
  for (const s of view.subtitles) fullWidth(s, 'subtitle');
  for (const m of view.meta) {
    if (m.right === undefined) {
      fullWidth(m.left ?? '', 'meta', { align: 'left', ...(m.leftBind ? { bind: m.leftBind } : {}) });
      continue;
    }
    const leftSpan = Math.max(1, columnCount - 2);
    cells.push({ cell: { text: m.left ?? '', align: 'left', ...(m.leftBind ? { bind: m.leftBind } : {}) }, role: 'meta', row, col: 0, rowSpan: 1, colSpan: leftSpan });
    cells.push({ cell: { text: m.right, align: 'right' }, role: 'meta', row, col: leftSpan, rowSpan: 1, colSpan: columnCount - leftSpan });
    row++;
  }
  const blocks: FlatBlockPosition[] = [];
  for (const block of view.blocks) {
    blocks.push({ id: block.id, firstRow: row, headerRows: block.headerRows, rows: block.rows });
    for (const p of placeCells(block, columnCount)) cells.push({ ...p, role: 'table', row: row + p.row });
    row += block.rows.length;
  }
  return { columnCount, rowCount: row, cells, blocks };
}
