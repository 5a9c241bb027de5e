import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { findCodeRow, findIncomeTotal, findSummaryItem, isSameAmount, normalizeLabel, showYuan } from '../disclosure-values';

const RULE = 'fiscal-chain';

/** disclosure-checks.md 7: 收支总表 财政拨款 = 财政拨款收支总表; its 一般公共预算 = 一般公共预算支出表. */
export const fiscalChain: DisclosureCheck = {
  id: RULE,
  clause: 7,
  title: '财政拨款收支总表与收支总表、一般公共预算支出表一致',
  run: ({ disclosure: d }) => {
    if (!d.summary || !d.fiscalSummary) return [createCannotRunFinding(RULE, ['表1', '表4'], '未读取到表1或表4')];
    const out: DisclosureFinding[] = [];
    const pairs: [string, number | null, number | null][] = [
      ['财政拨款', findSummaryItem(d.summary, 'income', /^财政拨款$/)?.amount ?? null, findSummaryItem(d.fiscalSummary, 'income', /^财政拨款$/)?.amount ?? null],
      ['一般公共预算拨款', findSummaryItem(d.summary, 'income', /^一般公共预算拨款$/)?.amount ?? null, findSummaryItem(d.fiscalSummary, 'income', /^一般公共预算拨款$/)?.amount ?? null],
    ];
    for (const [what, left, right] of pairs)
      if (!isSameAmount(left, right))
        out.push(createDisclosureFinding({ rule: RULE, message: `表1${what} ${showYuan(left)} 元与表4 ${showYuan(right)} 元不一致`, tables: ['表1', '表4'], evidence: { item: what, 表1: left, 表4: right } }));
    // Expenditure items of 表4 (all 财政拨款) must not exceed, and for a department funded only by appropriations must equal, 表1's.
    // 收入总计, not 本年收入合计: 表1's expenditure items include what is spent of the 上年结转.
    const onlyFiscal = isSameAmount(findIncomeTotal(d.summary), findSummaryItem(d.summary, 'income', /^财政拨款$/)?.amount);
    if (onlyFiscal)
      for (const item of d.fiscalSummary.items) {
        if (item.group === 'income' || item.level < 1) continue;
        const other = d.summary.items.find((i) => i.group === item.group && normalizeLabel(i.label) === normalizeLabel(item.label) && normalizeLabel(i.parent ?? '') === normalizeLabel(item.parent ?? ''));
        if (other && !isSameAmount(other.amount, item.amount))
          out.push(createDisclosureFinding({ rule: RULE, message: `表4“${item.rawLabel}” ${showYuan(item.amount)} 元与表1 ${showYuan(other.amount)} 元不一致（本部门收入全部为财政拨款）`, tables: ['表1', '表4'], evidence: { item: item.label, 表1: other.amount, 表4: item.amount } }));
      }
    const general = findSummaryItem(d.fiscalSummary, 'income', /^一般公共预算拨款$/)?.amount ?? null;
    const table5 = findCodeRow(d.generalFunction, null)?.total ?? null;
    if (!d.generalFunction) out.push(createCannotRunFinding(RULE, ['表4', '表5'], '未读取到表5'));
    else if (!isSameAmount(general, table5))
      out.push(createDisclosureFinding({ rule: RULE, message: `表4一般公共预算拨款 ${showYuan(general)} 元与表5一般公共预算支出合计 ${showYuan(table5)} 元不一致`, tables: ['表4', '表5'], evidence: { 表4: general, 表5: table5 } }));
    return out;
  },
};
