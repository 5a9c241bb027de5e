import type { CodeTable } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, amountBeyondGeneralBudget, findCodeRow, findSummaryItem, isCoveredAmount, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'basic-chain';

function compareBasic(full: CodeTable, fullId: string, basic: CodeTable, basicId: string): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const codes = new Set([...full.rows.map((r) => r.code), ...basic.rows.map((r) => r.code)]);
  for (const code of codes) {
    const a = findCodeRow(full, code);
    const b = findCodeRow(basic, code);
    const pairs: [string, number | null, number | null][] = [
      ['人员经费', a?.personnel ?? null, b?.personnel ?? null],
      ['公用经费', a?.publicUse ?? null, b?.publicUse ?? null],
      ['基本支出合计', addAmounts([a?.personnel, a?.publicUse]), b?.total ?? null],
    ];
    for (const [what, left, right] of pairs)
      if (!isSameAmount(left, right))
        out.push(createDisclosureFinding({ rule: RULE, message: `${code ?? '合计'} ${a?.name ?? b?.name ?? ''}：${fullId}的${what} ${showYuan(left)} 元与${basicId} ${showYuan(right)} 元不一致`, tables: [fullId, basicId], field: `${basicId}.${code ?? '合计'}`, evidence: { code, item: what, [fullId]: left, [basicId]: right } }));
  }
  return out;
}

/** disclosure-checks.md 9: 基本支出 in the 一般公共预算 tables = the 基本支出 tables (function and economic) = 表1. */
export const basicChain: DisclosureCheck = {
  id: RULE,
  clause: 9,
  title: '基本支出在各表一致',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    if (d.generalFunction && d.basicFunction) out.push(...compareBasic(d.generalFunction, '表5', d.basicFunction, '表7'));
    else out.push(createCannotRunFinding(RULE, ['表5', '表7'], '未读取到表5或表7'));
    if (d.generalEconomic && d.basicEconomic) out.push(...compareBasic(d.generalEconomic, '表6', d.basicEconomic, '表8'));
    else out.push(createCannotRunFinding(RULE, ['表6', '表8'], '未读取到表6或表8'));
    const t7 = findCodeRow(d.basicFunction, null)?.total ?? null;
    const t8 = findCodeRow(d.basicEconomic, null)?.total ?? null;
    if (d.basicFunction && d.basicEconomic && !isSameAmount(t7, t8))
      out.push(createDisclosureFinding({ rule: RULE, message: `表7基本支出合计 ${showYuan(t7)} 元与表8 ${showYuan(t8)} 元不一致`, tables: ['表7', '表8'], evidence: { 表7: t7, 表8: t8 } }));
    const s1 = findSummaryItem(d.summary, 'deptEconomic', /人员经费和公用经费/)?.amount ?? null;
    if (d.summary && d.basicFunction && !isCoveredAmount(s1, t7, amountBeyondGeneralBudget(d.summary)))
      out.push(createDisclosureFinding({ rule: RULE, message: `表1人员经费和公用经费支出 ${showYuan(s1)} 元与表7基本支出合计 ${showYuan(t7)} 元不一致`, tables: ['表1', '表7'], evidence: { 表1: s1, 表7: t7 } }));
    return out;
  },
};
