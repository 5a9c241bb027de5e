import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, amountBeyondGeneralBudget, findCodeRow, isCoveredAmount, isSameAmount, listAmountColumns, normalizeLabel, readColumn, showYuan } from '../disclosure-values';

const RULE = 'function-vs-economic';

/** disclosure-checks.md 8: the function table = the economic table (total, 基本, 项目), and 表1's economic columns = 表6. */
export const functionVsEconomic: DisclosureCheck = {
  id: RULE,
  clause: 8,
  title: '按功能分类与按经济分类的一般公共预算支出一致',
  run: ({ disclosure: d, catalogue }) => {
    if (!d.generalFunction || !d.generalEconomic) return [createCannotRunFinding(RULE, ['表5', '表6'], '未读取到表5或表6')];
    const out: DisclosureFinding[] = [];
    const f = findCodeRow(d.generalFunction, null);
    const e = findCodeRow(d.generalEconomic, null);
    for (const col of listAmountColumns(d.generalFunction))
      if (!isSameAmount(readColumn(f, col.key), readColumn(e, col.key)))
        out.push(createDisclosureFinding({ rule: RULE, message: `表5合计行${col.label} ${showYuan(readColumn(f, col.key))} 元与表6 ${showYuan(readColumn(e, col.key))} 元不一致`, tables: ['表5', '表6'], evidence: { column: col.label, 表5: readColumn(f, col.key), 表6: readColumn(e, col.key) } }));
    if (!d.summary) return out;
    const classes = d.generalEconomic.rows.filter((r) => r.code?.length === 3);
    const beyond = amountBeyondGeneralBudget(d.summary);
    for (const item of d.summary.items) {
      if (item.group === 'deptEconomic' && item.level === 2 && item.parent) {
        const basic = /人员经费|公用经费/.test(item.parent);
        const row = classes.find((r) => normalizeLabel(r.name) === normalizeLabel(item.label));
        const right = row ? (basic ? addAmounts([row.personnel, row.publicUse]) : (row.project ?? null)) : null;
        if (!isCoveredAmount(item.amount, right, beyond))
          out.push(createDisclosureFinding({ rule: RULE, message: `表1“${item.parent}—${item.label}” ${showYuan(item.amount)} 元与表6${row?.code ?? ''}${item.label}的${basic ? '人员经费和公用经费' : '专项业务经费'} ${showYuan(right)} 元不一致`, tables: ['表1', '表6'], evidence: { item: `${item.parent}/${item.label}`, 表1: item.amount, 表6: right } }));
      }
      if (item.group === 'govEconomic' && item.level === 1) {
        if (!catalogue) continue;
        const code = Object.entries(catalogue.govEconomicCodes).find(([c, name]) => c.length === 3 && normalizeLabel(name) === normalizeLabel(item.label))?.[0];
        const right = code ? addAmounts(d.generalEconomic.rows.filter((r) => r.code?.length === 5 && r.govCode?.startsWith(code)).map((r) => r.total)) : null;
        if (!isCoveredAmount(item.amount, right, beyond))
          out.push(createDisclosureFinding({ rule: RULE, message: `表1政府预算经济分类“${item.label}” ${showYuan(item.amount)} 元与表6按政府经济科目${code ?? ''}汇总的 ${showYuan(right)} 元不一致`, tables: ['表1', '表6'], evidence: { item: item.label, code: code ?? null, 表1: item.amount, 表6: right } }));
      }
    }
    return out;
  },
};
