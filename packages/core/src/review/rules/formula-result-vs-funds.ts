import { createFinding, type ProjectRule } from '../review-rule';
import { formatWanText } from '../label-level2';
import { exactToNumber } from '../text/exact-decimal';
import { formatFormulaValue } from '../text/extract-formulas';

/** Decimals of the total in 万元 as the form prints it ("0.63" → 2, "55" → 0). */
function wanDecimals(fen: number): number {
  const s = String(fen / 1_000_000);
  return s.includes('.') ? (s.split('.')[1]?.length ?? 0) : 0;
}

export const formulaResultVsFunds: ProjectRule = {
  id: 'formula-result-vs-funds',
  appliesTo: 'project',
  category: 'amount-mismatch',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '测算结果与资金总额不符',
  why: '总体目标中最后一个金额算式是申请金额的测算依据；按资金总额的打印精度四舍五入后，测算结果应等于资金总额，否则多报或少报了资金。',
  source: 'R-TGT-03, R-REV-01',
  example: { text: '工会经费=年工资总额3230元*8人*12月*2%=6201.6元；年度资金总额 0.63（万元）', sample: '000_090c4012b2f0612f.txt · 公益性岗位工会经费' },
  fix: '按测算结果填写资金总额（如 6201.6元 → 0.62万元），或在目标中说明差额。',
  check({ facts }) {
    const total = facts.project.funds.total;
    if (total == null || total <= 0) return [];
    const money = facts.goalFormulas.filter((f) => f.isMoney && f.correct);
    const last = money[money.length - 1];
    if (!last) return [];
    const computedFen = Math.round(exactToNumber(last.printed) * 100);
    if (computedFen < total / 2 || computedFen > total * 2) return []; // an intermediate figure, not the request
    const decimals = wanDecimals(total);
    const step = 10 ** (6 - Math.min(decimals, 6));
    const rounded = Math.round(computedFen / step) * step;
    if (rounded === total) return [];
    return [
      createFinding(this, {
        message: `测算结果“${formatFormulaValue(last, 'printed')}”按表内精度为${formatWanText(rounded)}，与年度资金总额${formatWanText(total)}不符。`,
        suggestion: '请按测算结果填写资金总额，或在总体目标中说明差额。',
        location: { project: facts.index, indicator: null, field: 'goals', span: last.span },
        evidence: { formula: last.text, computedYuan: computedFen / 100, roundedYuan: rounded / 100, fundsYuan: total / 100 },
      }),
    ];
  },
};
