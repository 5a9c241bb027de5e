import type { CodeTable } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, isSameAmount, listAmountColumns, readColumn, showYuan } from '../disclosure-values';

const RULE = 'code-rollup';

function checkRollup(table: string, t: CodeTable): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const levels = t.codeKind === 'function' ? [3, 5] : [3];
  const columns = listAmountColumns(t);
  const rows = t.rows.filter((r) => r.code !== null);
  for (const parent of rows) {
    const len = parent.code!.length;
    if (!levels.includes(len)) continue;
    const children = rows.filter((r) => r.code!.length === len + 2 && r.code!.startsWith(parent.code!));
    if (children.length === 0) continue;
    for (const col of columns) {
      const sum = addAmounts(children.map((c) => readColumn(c, col.key)));
      if (!isSameAmount(readColumn(parent, col.key), sum))
        out.push(createDisclosureFinding({ rule: RULE, message: `${table} ${parent.code} ${parent.name} 的${col.label} ${showYuan(readColumn(parent, col.key))} 元不等于下级科目之和 ${showYuan(sum)} 元`, tables: [table], field: `${table}.${parent.code}.${col.key}`, evidence: { code: parent.code, column: col.label, amount: readColumn(parent, col.key), sum } }));
    }
  }
  const total = t.rows.find((r) => r.code === null);
  const top = rows.filter((r) => r.code!.length === 3);
  if (total)
    for (const col of columns) {
      const sum = addAmounts(top.map((c) => readColumn(c, col.key)));
      if (!isSameAmount(readColumn(total, col.key), sum))
        out.push(createDisclosureFinding({ rule: RULE, message: `${table}合计行${col.label} ${showYuan(readColumn(total, col.key))} 元不等于各类级科目之和 ${showYuan(sum)} 元`, tables: [table], field: `${table}.合计.${col.key}`, evidence: { code: null, column: col.label, amount: readColumn(total, col.key), sum } }));
    }
  return out;
}

/** disclosure-checks.md 3: 项 → 款 → 类 → 合计 (function), 款 → 类 → 合计 (economic). */
export const codeRollup: DisclosureCheck = {
  id: RULE,
  clause: 3,
  title: '科目逐级汇总',
  run: ({ disclosure: d }) =>
    ([['表5', d.generalFunction], ['表6', d.generalEconomic], ['表7', d.basicFunction], ['表8', d.basicEconomic]] as const).flatMap(([id, t]) =>
      t ? checkRollup(id, t) : [createCannotRunFinding(RULE, [id], `未读取到${id}`)],
    ),
};
