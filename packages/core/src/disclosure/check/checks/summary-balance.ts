import type { SummaryTable } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, findSummaryItem, isSameAmount, showYuan } from '../disclosure-values';

const SIDES = [
  { group: 'function', name: '支出功能分类' },
  { group: 'deptEconomic', name: '部门预算支出经济分类' },
  { group: 'govEconomic', name: '政府预算支出经济分类' },
] as const;

function checkSummary(rule: string, table: string, summary: SummaryTable): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const incomeTotal = findSummaryItem(summary, 'income', /^收入总计$/)?.amount ?? null;
  const incomeYear = findSummaryItem(summary, 'income', /^本年收入合计$/)?.amount ?? null;
  const incomeExtras = summary.items.filter((i) => i.group === 'income' && i.level === -1 && !/合计|总计/.test(i.label)).map((i) => i.amount);
  if (!isSameAmount(incomeTotal, addAmounts([incomeYear, ...incomeExtras])))
    out.push(createDisclosureFinding({ rule, message: `${table}收入总计 ${showYuan(incomeTotal)} 元不等于本年收入合计加上年结转等 ${showYuan(addAmounts([incomeYear, ...incomeExtras]))} 元`, tables: [table], evidence: { incomeTotal, parts: addAmounts([incomeYear, ...incomeExtras]) } }));
  for (const side of SIDES) {
    const total = findSummaryItem(summary, side.group, /^支出总计$/)?.amount ?? null;
    const year = findSummaryItem(summary, side.group, /^本年支出合计$/)?.amount ?? null;
    const extras = summary.items.filter((i) => i.group === side.group && i.level === -1 && !/合计|总计/.test(i.label)).map((i) => i.amount);
    if (!isSameAmount(incomeTotal, total))
      out.push(createDisclosureFinding({ rule, message: `${table}收入总计 ${showYuan(incomeTotal)} 元不等于${side.name}一侧的支出总计 ${showYuan(total)} 元`, tables: [table], evidence: { side: side.name, incomeTotal, expenditureTotal: total } }));
    if (!isSameAmount(total, addAmounts([year, ...extras])))
      out.push(createDisclosureFinding({ rule, message: `${table}${side.name}一侧支出总计 ${showYuan(total)} 元不等于本年支出合计加结转下年等 ${showYuan(addAmounts([year, ...extras]))} 元`, tables: [table], evidence: { side: side.name, expenditureTotal: total, parts: addAmounts([year, ...extras]) } }));
  }
  return out;
}

/** disclosure-checks.md 1: 收支总表 and 财政拨款收支总表 balance. */
export const summaryBalance: DisclosureCheck = {
  id: 'summary-balance',
  clause: 1,
  title: '收支总表收入总计等于支出总计',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    for (const [table, summary] of [['表1', d.summary], ['表4', d.fiscalSummary]] as const) {
      if (!summary) out.push(createCannotRunFinding('summary-balance', [table], `未读取到${table}收支总表`));
      else out.push(...checkSummary('summary-balance', table, summary));
    }
    return out;
  },
};
