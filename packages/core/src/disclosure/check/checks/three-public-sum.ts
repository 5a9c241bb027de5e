import type { ThreePublicAmounts } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'three-public-sum';
const BLOCKS = [
  ['prior', '上年'],
  ['current', '当年'],
  ['change', '增减变化'],
] as const;

/** The identities of one block; used by other checks to know whether 表13 can be trusted. */
export function listThreePublicGaps(a: ThreePublicAmounts): { what: string; amount: number | null; parts: number; fields: string }[] {
  const gaps: { what: string; amount: number | null; parts: number; fields: string }[] = [];
  const vehicle = addAmounts([a.vehiclePurchase, a.vehicleOperation]);
  const vehicleTotal = a.vehicle ?? (a.vehiclePurchase !== null || a.vehicleOperation !== null ? vehicle : null);
  const three = addAmounts([a.overseasTravel, a.reception, vehicleTotal]);
  const total = addAmounts([a.threePublic, a.meetings, a.training]);
  if (!isSameAmount(a.total, total)) gaps.push({ what: '合计', amount: a.total, parts: total, fields: '“三公”小计 + 会议费 + 培训费' });
  if (!isSameAmount(a.threePublic, three)) gaps.push({ what: '“三公”小计', amount: a.threePublic, parts: three, fields: '因公出国（境） + 公务接待 + 公务用车购置及运行维护' });
  if (a.vehicle !== null && !isSameAmount(a.vehicle, vehicle)) gaps.push({ what: '公务用车小计', amount: a.vehicle, parts: vehicle, fields: '公务用车购置费 + 运行维护费' });
  return gaps;
}

/** disclosure-checks.md 4: 三公 subtotals, for the prior-year and current columns. */
export const threePublicSum: DisclosureCheck = {
  id: RULE,
  clause: 4,
  title: '“三公”经费小计与合计',
  run: ({ disclosure: d }) => {
    if (!d.threePublic) return [createCannotRunFinding(RULE, ['表13'], '未读取到表13“三公”经费表')];
    const out: DisclosureFinding[] = [];
    for (const row of d.threePublic)
      for (const [key, name] of BLOCKS) {
        const block = row[key];
        if (!block) continue;
        for (const gap of listThreePublicGaps(block))
          out.push(createDisclosureFinding({ rule: RULE, message: `表13第 ${row.line} 行（${row.unitName}）${name}${gap.what} ${showYuan(gap.amount)} 元不等于${gap.fields} = ${showYuan(gap.parts)} 元`, tables: ['表13'], field: `表13.${key}.${gap.what}`, evidence: { block: name, item: gap.what, amount: gap.amount, parts: gap.parts, line: row.line } }));
      }
    return out;
  },
};
