import { formatYuan, type Fen } from '../../model/money';
import type { CodeRow, CodeTable, SummaryItem, SummaryTable } from '../model/disclosure';

/** Fen → 元 text for messages; an empty cell reads as 0.00. */
export function showYuan(fen: Fen | null | undefined): string {
  return formatYuan(fen ?? 0);
}

/** Empty cells count as zero when amounts are compared. */
export function isSameAmount(a: Fen | null | undefined, b: Fen | null | undefined): boolean {
  return (a ?? 0) === (b ?? 0);
}

export function addAmounts(values: readonly (Fen | null | undefined)[]): Fen {
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/** Compares labels ignoring brackets style, spaces and the particle 的 ("对个人和家庭补助" = "对个人和家庭的补助"). */
export function normalizeLabel(text: string): string {
  return text.replace(/[\s()（）]/g, '').replace(/的/g, '');
}

export function findSummaryItem(summary: SummaryTable | null, group: SummaryItem['group'], label: RegExp | string, parent?: RegExp): SummaryItem | undefined {
  return summary?.items.find(
    (i) =>
      i.group === group &&
      (typeof label === 'string' ? normalizeLabel(i.label) === normalizeLabel(label) : label.test(i.label)) &&
      (parent === undefined || (i.parent !== null && parent.test(i.parent))),
  );
}

export function findCodeRow(table: CodeTable | null, code: string | null): CodeRow | undefined {
  return table?.rows.find((r) => r.code === code);
}

/** Amount columns of a classification table row, by name. */
export function listAmountColumns(table: CodeTable): readonly { key: 'total' | 'personnel' | 'publicUse' | 'project'; label: string }[] {
  return [
    { key: 'total', label: '合计' },
    { key: 'personnel', label: '人员经费' },
    { key: 'publicUse', label: '公用经费' },
    ...(table.hasProjectColumn ? [{ key: 'project' as const, label: '专项业务经费' }] : []),
  ];
}

export function readColumn(row: CodeRow | undefined, key: 'total' | 'personnel' | 'publicUse' | 'project'): Fen | null {
  if (!row) return null;
  return row[key] ?? null;
}
