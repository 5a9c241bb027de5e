import type { ViewBlock, ViewCell, ViewRow } from './layout-view';

export interface PlacedCell {
  readonly cell: ViewCell;
  /** 0-based row within the block. */
  readonly row: number;
  /** 0-based column. */
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Gives every cell of a block its absolute row and column, the way an HTML table places cells:
 * a cell takes the next column not covered by a span from a row above.
 */
export function placeCells(block: ViewBlock, columnCount: number): PlacedCell[] {
  return placeRows(block.rows, columnCount);
}

export function placeRows(rows: readonly ViewRow[], columnCount: number): PlacedCell[] {
  const covered = new Set<string>();
  const placed: PlacedCell[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (covered.has(`${r}:${col}`)) col++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, columnCount - col));
      if (col >= columnCount) throw new Error(`第${r + 1}行的单元格超出了${columnCount}列`);
      for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) covered.add(`${r + i}:${col + j}`);
      placed.push({ cell, row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
  });
  return placed;
}
