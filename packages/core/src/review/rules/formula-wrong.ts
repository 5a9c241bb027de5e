import { createFinding, type ProjectRule } from '../review-rule';
import { formatFormulaValue } from '../text/extract-formulas';

export const formulaWrong: ProjectRule = {
  id: 'formula-wrong',
  appliesTo: 'project',
  category: 'arithmetic',
  severity: 'error',
  dimension: '适当性',
  blocking: false,
  title: '测算公式计算错误',
  why: '总体目标中的测算过程（单价×数量=金额）是资金规模的依据；算式不成立说明测算依据不可靠。按精确小数计算，允许结果按打印位数四舍五入。',
  source: 'R-TGT-03, R-REV-01',
  example: { text: '在职党员20人工资总额为314504.5*12=3774054元（计算正确，不报告）；若写成“314504.5*12=3774504元”则报告', sample: '000_090c4012b2f0612f.txt · 党建经费' },
  fix: '重新计算并改正算式结果，同时核对据此得出的申请金额。',
  check({ facts }) {
    const out = [];
    for (const f of facts.goalFormulas) {
      if (f.correct) continue;
      out.push(
        createFinding(this, {
          message: `算式“${f.text}”不成立：按精确计算应为${formatFormulaValue(f, 'computed')}。`,
          suggestion: '请改正算式结果，并核对据此得出的申请金额。',
          location: { project: facts.index, indicator: null, field: 'goals', span: f.span },
          evidence: { formula: f.text, computed: formatFormulaValue(f, 'computed'), printed: formatFormulaValue(f, 'printed') },
        }),
      );
    }
    return out;
  },
};
