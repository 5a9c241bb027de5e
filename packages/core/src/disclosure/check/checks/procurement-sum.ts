import type { ProcurementRow } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'procurement-sum';
const RANK: Readonly<Record<ProcurementRow['role'], number>> = { total: 0, group: 1, unit: 2, item: 3 };

/** disclosure-checks.md 5: 政府采购 合计 = its rows (per group, per unit, in total); the narrative's 合计 = 货物 + 工程 + 服务. */
export const procurementSum: DisclosureCheck = {
  id: RULE,
  clause: 5,
  title: '政府采购合计等于货物、工程、服务之和',
  run: ({ disclosure: d }) => {
    if (!d.procurement) return [createCannotRunFinding(RULE, ['表12'], '未读取到表12政府采购预算表')];
    const out: DisclosureFinding[] = [];
    const rows = d.procurement;
    rows.forEach((row, i) => {
      if (row.role === 'item') return;
      const items: ProcurementRow[] = [];
      for (const r of rows.slice(i + 1)) {
        if (RANK[r.role] <= RANK[row.role]) break;
        if (r.role === 'item') items.push(r);
      }
      const amount = addAmounts(items.map((r) => r.amount));
      const quantity = addAmounts(items.map((r) => r.quantity));
      if (!isSameAmount(row.amount, amount))
        out.push(createDisclosureFinding({ rule: RULE, message: `表12第 ${row.line} 行（${row.name}）预算金额 ${showYuan(row.amount)} 元不等于其下采购项目之和 ${showYuan(amount)} 元`, tables: ['表12'], evidence: { row: row.name, amount: row.amount, sum: amount, line: row.line } }));
      if (row.quantity !== null && row.quantity !== quantity)
        out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `表12第 ${row.line} 行（${row.name}）数量 ${row.quantity} 不等于其下采购项目数量之和 ${quantity}`, tables: ['表12'], evidence: { row: row.name, quantity: row.quantity, sum: quantity, line: row.line } }));
    });
    const figures = d.narrative.figures.filter((f) => f.section === 'procurement');
    const total = figures.find((f) => !/货物|工程|服务/.test(f.label));
    const parts = figures.filter((f) => /货物|工程|服务/.test(f.label));
    if (total && parts.length > 0 && total.amount !== addAmounts(parts.map((f) => f.amount)))
      out.push(createDisclosureFinding({ rule: RULE, message: `说明中政府采购预算共 ${total.amountText} 万元，不等于货物、工程、服务三类之和 ${parts.map((f) => f.amountText).join(' + ')} 万元`, tables: ['说明'], evidence: { total: total.amountText, parts: parts.map((f) => f.amountText) } }));
    return out;
  },
};
