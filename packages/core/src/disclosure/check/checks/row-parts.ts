import type { CodeTable, SummaryTable, UnitAmountTable } from '../../model/disclosure';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'row-parts';

function checkCodeRows(table: string, t: CodeTable | null): DisclosureFinding[] {
  if (!t) return [];
  return t.rows.flatMap((r) => {
    const parts = addAmounts([r.personnel, r.publicUse, r.project]);
    if (isSameAmount(r.total, parts)) return [];
    const where = r.code ?? '合计';
    return [createDisclosureFinding({ rule: RULE, message: `${table}第 ${r.line} 行（${where} ${r.name}）合计 ${showYuan(r.total)} 元不等于人员经费、公用经费${t.hasProjectColumn ? '、专项业务经费' : ''}之和 ${showYuan(parts)} 元`, tables: [table], field: `${table}.${where}`, evidence: { code: r.code, total: r.total, parts, line: r.line } })];
  });
}

function checkSummaryParts(table: string, s: SummaryTable | null): DisclosureFinding[] {
  if (!s) return [];
  const out: DisclosureFinding[] = [];
  s.items.forEach((item, i) => {
    if (item.level < 0 || item.level >= 2 || item.amount === null) return;
    const children = [];
    for (const c of s.items.slice(i + 1)) {
      if (c.group !== item.group) continue;
      if (c.level <= item.level) break;
      if (c.level === item.level + 1) children.push(c);
    }
    if (children.length === 0 || children.every((c) => c.amount === null)) return;
    const parts = addAmounts(children.map((c) => c.amount));
    if (!isSameAmount(item.amount, parts))
      out.push(createDisclosureFinding({ rule: RULE, message: `${table}“${item.rawLabel}” ${showYuan(item.amount)} 元不等于其下各项之和 ${showYuan(parts)} 元`, tables: [table], evidence: { label: item.label, amount: item.amount, parts, line: item.line } }));
  });
  return out;
}

function checkUnitRows(table: string, t: UnitAmountTable | null): DisclosureFinding[] {
  if (!t) return [];
  const totalCol = t.columns.find((c) => /(^|\/)合计$/.test(c));
  if (!totalCol) return [];
  const parentOf = (c: string): string => c.slice(0, c.lastIndexOf('/') + 1);
  const subtotalParents = new Set(t.columns.filter((c) => /\/小计$/.test(c)).map(parentOf));
  // A 小计 column stands for its siblings; 其中 columns are already inside another column.
  const partCols = t.columns.filter((c) => c !== totalCol && !c.includes('其中') && (/\/小计$/.test(c) || !subtotalParents.has(parentOf(c))));
  return t.rows.flatMap((r) => {
    const parts = addAmounts(partCols.map((c) => r.amounts[c]));
    if (isSameAmount(r.amounts[totalCol], parts)) return [];
    return [createDisclosureFinding({ rule: RULE, message: `${table}第 ${r.line} 行（${r.unitName}）合计 ${showYuan(r.amounts[totalCol])} 元不等于各来源之和 ${showYuan(parts)} 元`, tables: [table], evidence: { unit: r.unitName, total: r.amounts[totalCol] ?? null, parts, line: r.line } })];
  });
}

/** disclosure-checks.md 2: every row total equals its parts. */
export const rowParts: DisclosureCheck = {
  id: RULE,
  clause: 2,
  title: '每行合计等于其组成部分',
  run: ({ disclosure: d }) => [
    ...checkSummaryParts('表1', d.summary),
    ...checkSummaryParts('表4', d.fiscalSummary),
    ...checkUnitRows('表2', d.income),
    ...checkUnitRows('表3', d.expenditure),
    ...checkCodeRows('表5', d.generalFunction),
    ...checkCodeRows('表6', d.generalEconomic),
    ...checkCodeRows('表7', d.basicFunction),
    ...checkCodeRows('表8', d.basicEconomic),
  ],
};
