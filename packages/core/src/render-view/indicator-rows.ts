import type { Indicator } from '../model/indicator';
import type { CellAlign, IndicatorField, ViewCell, ViewRow } from './layout-view';
import type { IndicatorLevel1Group } from './group-indicators';
import { formatIndicatorField } from './field-text';

export interface IndicatorColumnSpec {
  readonly field: IndicatorField;
  readonly colSpan?: number;
  readonly align?: CellAlign;
}

export interface IndicatorRowsOptions {
  readonly columns: readonly IndicatorColumnSpec[];
  /** Show `（必填）`/`（选填）` after the level-2 name. */
  readonly marks: boolean;
}

/**
 * The rows of an indicator grid: merged level-1 and level-2 cells, then one row per indicator
 * (an empty row for a category without indicators). Each row is its own keep-together group.
 */
export function buildIndicatorRows(groups: readonly IndicatorLevel1Group[], opts: IndicatorRowsOptions): ViewRow[] {
  const rows: ViewRow[] = [];
  for (const g of groups) {
    const l1Rows = g.categories.reduce((n, c) => n + Math.max(1, c.items.length), 0);
    g.categories.forEach((c, ci) => {
      const items: ReadonlyArray<{ index: number | null; indicator: Indicator | null }> = c.items.length ? c.items : [{ index: null, indicator: null }];
      const mark = opts.marks && c.required != null ? (c.required ? '（必填）' : '（选填）') : '';
      items.forEach((item, ii) => {
        const cells: ViewCell[] = [];
        if (ci === 0 && ii === 0) cells.push({ text: g.label, rowSpan: l1Rows, align: 'center', bind: { scope: 'indicator', field: 'level1' } });
        if (ii === 0) cells.push({ text: `${c.level2Label}${mark}`, rowSpan: items.length, align: 'center', bind: { scope: 'indicator', field: 'level2' } });
        for (const col of opts.columns) {
          const text = item.indicator ? formatIndicatorField(item.indicator, col.field) : '';
          cells.push({ text, align: col.align ?? 'left', ...(col.colSpan ? { colSpan: col.colSpan } : {}), bind: { scope: 'indicator', field: col.field } });
        }
        rows.push({
          cells,
          kind: 'indicator',
          keepTogether: item.index == null ? `empty:${c.key}` : `indicator:${item.index}`,
          indicator: { index: item.index, categoryKey: c.key },
        });
      });
    });
  }
  return rows;
}
