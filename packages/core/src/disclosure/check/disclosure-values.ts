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

/**
 * The money of a 收支总表 (表1, 表4) beyond 一般公共预算拨款 (other sources, 上年结转). 表5–表8 list only
 * 一般公共预算, so where this is not zero a class of 表1/表4 may exceed the same class of 表5–表8 —
 * by this much in all — but never fall short of it.
 */
export function amountBeyondGeneralBudget(summary: SummaryTable | null): Fen {
  // 收入总计 (本年收入 + 上年结转 …) first: items are listed 本年收入合计 before 收入总计
  const total = findSummaryItem(summary, 'income', /^收入总计$/)?.amount ?? findSummaryItem(summary, 'income', /^本年收入合计$/)?.amount ?? 0;
  const general = findSummaryItem(summary, 'income', /^一般公共预算拨款$/)?.amount ?? 0;
  return total === 0 ? 0 : total - general;
}

/** A 表1/表4 amount against the 一般公共预算 tables: equal, or (with other money in 表1/表4) not smaller. */
export function isCoveredAmount(summaryAmount: Fen | null | undefined, generalAmount: Fen | null | undefined, beyond: Fen): boolean {
  return beyond === 0 ? isSameAmount(summaryAmount, generalAmount) : (summaryAmount ?? 0) >= (generalAmount ?? 0) && (summaryAmount ?? 0) - (generalAmount ?? 0) <= beyond;
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

/**
 * All the money of 表1: 收入总计 (本年收入合计 + 上年结转 + 用事业基金弥补收支差额), else 本年收入合计.
 * 表2 and 表3 list the carried-over money beside this year's, so their 合计 is this amount.
 */
export function findIncomeTotal(summary: SummaryTable | null): Fen | null {
  return findSummaryItem(summary, 'income', /^收入总计$/)?.amount ?? findSummaryItem(summary, 'income', /^本年收入合计$/)?.amount ?? null;
}
