import type { SummaryTable } from '../../model/disclosure';
import type { ClassificationCatalogue } from '../../model/classification-catalogue';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, amountBeyondGeneralBudget, findCodeRow, isCoveredAmount, isSameAmount, normalizeLabel, showYuan } from '../disclosure-values';
import { listThreePublicGaps } from './three-public-sum';

const RULE = 'same-code-amount';

/** 表13 columns and the 部门经济科目 款 that carry the same money (rules.md R-CODE-05). */
const THREE_PUBLIC_CODES = [
  ['training', '培训费', ['30216']],
  ['meetings', '会议费', ['30215']],
  ['overseasTravel', '因公出国（境）费用', ['30212']],
  ['reception', '公务接待费', ['30217']],
  ['vehicleOperation', '公务用车运行维护费', ['30231']],
  ['vehiclePurchase', '公务用车购置费', ['31013']],
] as const;

function compareFunctionClasses(id: string, summary: SummaryTable, catalogue: ClassificationCatalogue, ctx: Parameters<DisclosureCheck['run']>[0]): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const table5 = ctx.disclosure.generalFunction!;
  const fromSummary = new Map<string, { amount: number | null; label: string }>();
  for (const item of summary.items) {
    if (item.group !== 'function' || item.level !== 1 || item.amount === null) continue;
    const code = Object.entries(catalogue.functionCodes).find(([c, name]) => c.length === 3 && normalizeLabel(name) === normalizeLabel(item.label))?.[0];
    if (!code) {
      out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${id}支出功能分类“${item.label}”不在 ${catalogue.year} 年功能分类类级科目中，无法与表5核对`, tables: [id], evidence: { label: item.label, amount: item.amount } }));
      continue;
    }
    fromSummary.set(code, { amount: item.amount, label: item.label });
  }
  const codes = new Set([...fromSummary.keys(), ...table5.rows.filter((r) => r.code?.length === 3).map((r) => r.code!)]);
  // 表1/表4 with money beyond 一般公共预算 (事业收入, 上年结转 …): each class covers 表5's, the excess adds up to that money.
  const beyond = amountBeyondGeneralBudget(summary);
  if (beyond !== 0) {
    const excess = addAmounts([...codes].map((c) => (fromSummary.get(c)?.amount ?? 0) - (findCodeRow(table5, c)?.total ?? 0)));
    if (excess !== beyond)
      out.push(createDisclosureFinding({ rule: RULE, message: `${id}各功能类级科目比表5多出 ${showYuan(excess)} 元，而${id}一般公共预算以外的资金为 ${showYuan(beyond)} 元`, tables: [id, '表5'], evidence: { [id]: excess, beyond } }));
  }
  for (const code of [...codes].sort()) {
    const left = fromSummary.get(code)?.amount ?? null;
    const row = findCodeRow(table5, code);
    const right = row?.total ?? null;
    if (!isCoveredAmount(left, right, beyond)) {
      const name = fromSummary.get(code)?.label ?? row?.name ?? catalogue.functionCodes[code] ?? '';
      out.push(createDisclosureFinding({ rule: RULE, message: `${code} ${name}：${id}列 ${showYuan(left)} 元，表5列 ${showYuan(right)} 元${row ? '' : '（表5无此类级科目）'}`, tables: [id, '表5'], field: `${id}.function.${code}`, evidence: { code, name, [id]: left, 表5: right } }));
    }
  }
  return out;
}

/** disclosure-checks.md 10: the same code carries the same amount wherever it appears. */
export const sameCodeAmount: DisclosureCheck = {
  id: RULE,
  clause: 10,
  title: '同一科目在各表金额一致',
  run: (ctx) => {
    const { disclosure: d, catalogue } = ctx;
    const out: DisclosureFinding[] = [];
    if (!catalogue) out.push(createCannotRunFinding(RULE, ['表1', '表5'], '未加载当年政府收支分类科目，无法把表1的类级科目名称对应到编码'));
    else if (!d.generalFunction) out.push(createCannotRunFinding(RULE, ['表5'], '未读取到表5'));
    else
      for (const [id, s] of [['表1', d.summary], ['表4', d.fiscalSummary]] as const) if (s) out.push(...compareFunctionClasses(id, s, catalogue, ctx));
    const total = d.threePublic?.find((r) => r.unitCode === null) ?? d.threePublic?.[0];
    if (total?.current && d.generalEconomic) {
      const unbalanced = listThreePublicGaps(total.current).length > 0;
      for (const [key, name, codes] of THREE_PUBLIC_CODES) {
        const left = total.current[key];
        const right = addAmounts(codes.map((c) => findCodeRow(d.generalEconomic, c)?.total));
        if (!isSameAmount(left, right))
          out.push(createDisclosureFinding({ rule: RULE, message: `表13当年${name} ${showYuan(left)} 元与表6 ${codes.join('、')} ${name} ${showYuan(right)} 元不一致${unbalanced ? '（表13该行本身不平衡，数字可能填错了列）' : ''}`, tables: ['表13', '表6'], field: `表13.current.${key}`, evidence: { item: name, codes: [...codes], 表13: left, 表6: right } }));
      }
    }
    return out;
  },
};
