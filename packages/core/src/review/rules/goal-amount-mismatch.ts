import { createFinding, type ProjectRule } from '../review-rule';
import { formatWanText } from '../label-level2';
import type { TextAmount } from '../text/extract-amounts';

/** Words right before an amount that make it the amount requested for this project. */
const REQUEST_WORDS = ['申请', '安排', '预算', '资金', '经费', '总额', '共计', '合计'];

/** True when the text just before the amount says it is the requested amount ("申请市级资金 10万元"). */
export function isRequestedAmount(goalsText: string, a: TextAmount): boolean {
  const before = goalsText.slice(Math.max(0, a.span[0] - 8), a.span[0]);
  if (/[*×x+\-/÷=]\s*$/.test(before)) return false;
  const after = goalsText.slice(a.span[1], a.span[1] + 1);
  if (after === '*' || after === '×' || after === '/' || after === '=') return false;
  return REQUEST_WORDS.some((w) => before.includes(w));
}

export const goalAmountMismatch: ProjectRule = {
  id: 'goal-amount-mismatch',
  appliesTo: 'project',
  category: 'amount-mismatch',
  severity: 'error',
  dimension: '适当性',
  blocking: true,
  title: '总体目标中的申请金额与资金总额不符',
  why: '总体目标写明的申请金额必须与表上的年度资金总额一致；不一致说明表格照抄往年或测算有误，资金规模与目标无法匹配。属于预审的阻断性问题。',
  source: 'R-TGT-03, R-REV-01',
  example: { text: '年度总体目标：……申请市级资金 10万元……；年度资金总额：2万元', sample: '000_090c4012b2f0612f.txt · 举报奖励资金' },
  fix: '核对申请金额与资金总额，改正总体目标或资金数，使二者一致。',
  check({ facts }) {
    const total = facts.project.funds.total;
    if (total == null || total <= 0) return [];
    const out = [];
    for (const a of facts.goalAmounts) {
      if (!isRequestedAmount(facts.goalsText, a)) continue;
      // printed rounding: 7.548108 vs 7.55 is the same request when rounded to the form's precision
      const step = a.unit === '万元' ? 10 ** (6 - Math.min(a.decimals, 6)) : 10 ** (2 - Math.min(a.decimals, 2));
      if (Math.abs(a.fen - total) * 2 <= step) continue;
      out.push(
        createFinding(this, {
          message: `总体目标写“${a.text}”，与年度资金总额${formatWanText(total)}不符。`,
          suggestion: '请核对申请金额与资金总额，使二者一致。',
          location: { project: facts.index, indicator: null, field: 'goals', span: a.span },
          evidence: { goalText: facts.goalsText.slice(Math.max(0, a.span[0] - 8), a.span[1]), goalAmountYuan: a.fen / 100, fundsYuan: total / 100, differenceYuan: (a.fen - total) / 100 },
        }),
      );
    }
    return out;
  },
};
