import type { GeneratedCell, GeneratedTable } from '@jixiao/core';

/** A body cell with the number of columns it spans. */
export interface SpannedCell {
  readonly cell: GeneratedCell;
  readonly colSpan: number;
  /** Index of the leaf field the cell starts at. */
  readonly field: number;
}

/** True for the form-like target tables (表14–表16): no column header, labels in the first cell of a row. */
export function isFormTable(t: GeneratedTable): boolean {
  return t.columns.length === 0;
}

/**
 * The cells of a row as printed. In a form table, a row that starts with a label (项目名称, 总体目标,
 * 资金金额 …) prints each text over the blank cells after it, as the merged cells of the paper form;
 * indicator rows (starting blank) and every row of a grid table keep one cell per column.
 */
export function mergeFormCells(t: GeneratedTable, cells: readonly GeneratedCell[]): SpannedCell[] {
  const width = t.fields.length;
  const all = Array.from({ length: width }, (_, k) => cells[k] ?? null);
  if (!isFormTable(t) || all[0] === null) return all.map((cell, field) => ({ cell, colSpan: 1, field }));
  const out: SpannedCell[] = [];
  for (let k = 0; k < width; k++) {
    const last = out[out.length - 1];
    if (all[k] === null && last && last.cell !== null) out[out.length - 1] = { ...last, colSpan: last.colSpan + 1 };
    else out.push({ cell: all[k]!, colSpan: 1, field: k });
  }
  return out;
}

/** More than 20 columns (表13's three blocks of nine amounts) print in the smallest type. */
export function isVeryWide(t: GeneratedTable): boolean {
  return t.fields.length > 20;
}

/** Relative column widths: text wide, codes and counts narrow; the form tables have their own proportions. */
export function weighFields(t: GeneratedTable): number[] {
  if (isFormTable(t)) return (t.kind === 'departmentTarget' ? [1.3, 1.4, 1.8, 2.5, 1.2, 1.8] : [1.6, 1.3, 1.5, 2.6, 1.6, 1.0]).slice(0, t.fields.length);
  const veryWide = isVeryWide(t);
  return t.fields.map((f) => {
    if (f.type === 'money') return 1.6;
    if (f.type === 'count') return 0.8;
    if (f.type === 'code') return veryWide ? 1.3 : f.key === 'unitCode' ? 1.1 : 1.3;
    return veryWide ? 2 : f.key === 'summary' || f.key === 'note' ? 2.4 : 3;
  });
}
