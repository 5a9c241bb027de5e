export interface SourceCell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

export interface ExpandedRow {
  readonly cells: string[];
  /** Rows still covered by a rowspan, per column, for the next row. */
  readonly cover: number[];
  /** True when cells past `maxColumns` were dropped. */
  readonly clipped: boolean;
}

/**
 * Places one source row's cells on the table grid: columns still covered by a rowspan from an
 * earlier row are skipped (and given ''), a cell's text goes to its first position and '' to every
 * further position of its colspan. `cover` is the remaining rowspan per column before this row.
 */
export function expandTableRow(source: readonly SourceCell[], cover: readonly number[], maxColumns: number): ExpandedRow {
  const cells: string[] = [];
  const next = cover.map((n) => Math.max(n - 1, 0));
  const covered = (col: number): boolean => (cover[col] ?? 0) > 0;
  let col = 0;
  let clipped = false;
  for (const cell of source) {
    while (covered(col)) cells[col++] = '';
    if (col >= maxColumns) {
      clipped = true;
      break;
    }
    const span = Math.min(cell.colspan, maxColumns - col);
    if (span < cell.colspan) clipped = true;
    for (let k = 0; k < span; k++) {
      cells[col + k] = k === 0 ? cell.text : '';
      if (cell.rowspan > 1) next[col + k] = Math.max(next[col + k] ?? 0, cell.rowspan - 1);
    }
    col += span;
  }
  for (let c = col; c < cover.length; c++) if (covered(c)) cells[c] = '';
  return { cells: Array.from(cells, (text) => text ?? ''), cover: next.map((n) => n ?? 0), clipped };
}
