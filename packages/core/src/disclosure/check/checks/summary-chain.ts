import type { UnitAmountTable } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { findIncomeTotal, findSummaryItem, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'summary-chain';

function totalRow(t: UnitAmountTable) {
  return t.rows.find((r) => r.unitCode === null && /合计|总计/.test(r.unitName));
}

function column(t: UnitAmountTable, re: RegExp): string | undefined {
  return t.columns.find((c) => re.test(c));
}

/** disclosure-checks.md 6: 收支总表 = 收入总表 = 支出总表 (totals and the 一般公共预算 source). */
export const summaryChain: DisclosureCheck = {
  id: RULE,
  clause: 6,
  title: '收支总表、收入总表、支出总表一致',
  run: ({ disclosure: d }) => {
    if (!d.summary) return [createCannotRunFinding(RULE, ['表1'], '未读取到表1收支总表')];
    const out: DisclosureFinding[] = [];
    // 表2/表3 合计 include 上年结转 (a column of 表2, spent in 表3): they equal 表1's 收入总计
    const yearIncome = findIncomeTotal(d.summary);
    const general = findSummaryItem(d.summary, 'income', /^一般公共预算拨款$/)?.amount ?? null;
    for (const [id, t] of [['表2', d.income], ['表3', d.expenditure]] as const) {
      if (!t) {
        out.push(createCannotRunFinding(RULE, ['表1', id], `缺少${id}，无法与表1核对`));
        continue;
      }
      const row = totalRow(t);
      const cell = (re: RegExp): number | null => {
        const col = column(t, re);
        return row && col ? (row.amounts[col] ?? null) : null;
      };
      const pairs: [string, number | null, number | null][] = [['合计', yearIncome, cell(/(^|\/)合计$/)]];
      if (column(t, /公共预算拨款(\/小计)?$/)) pairs.push(['一般公共预算拨款', general, cell(/公共预算拨款(\/小计)?$/)]);
      if (column(t, /基本支出/))
        pairs.push(['基本支出', findSummaryItem(d.summary, 'deptEconomic', /人员经费和公用经费/)?.amount ?? null, cell(/基本支出(\/小计)?$/)]);
      if (column(t, /专项业务经费|项目支出/))
        pairs.push(['专项业务经费', findSummaryItem(d.summary, 'deptEconomic', /^专项业务经费支出$/)?.amount ?? null, cell(/(专项业务经费|项目支出)(\/小计)?$/)]);
      for (const [what, left, right] of pairs)
        if (!isSameAmount(left, right))
          out.push(createDisclosureFinding({ rule: RULE, message: `表1${what} ${showYuan(left)} 元与${id}${what} ${showYuan(right)} 元不一致`, tables: ['表1', id], evidence: { item: what, 表1: left, [id]: right } }));
    }
    return out;
  },
};
