import { createFinding, type ProjectRule } from '../review-rule';

export const goalYearMismatch: ProjectRule = {
  id: 'goal-year-mismatch',
  appliesTo: 'project',
  category: 'period-mismatch',
  severity: 'warning',
  dimension: '可行性',
  blocking: false,
  title: '总体目标的工作年度不是预算年度',
  why: '年度总体目标说的是预算年度要完成的事。“2023年全年确保完成……”出现在2024年的表里，说明目标照抄了上年。只报告作为工作期间的年份（××年全年/年度/年内/年底/××年1-12月）；作为对比口径的往年数据（如“2022年重复参保人数0人”）是正当引用，不报告。',
  source: 'R-TGT-02, R-TGT-03',
  example: { text: '（2024年公开表）目标1：2023年全年确保完成各项基金征收发放的工作经费', sample: '003_f299d4d68a831b89.txt · 医疗保险征收发放工作经费' },
  fix: '把总体目标改写为预算年度的目标。',
  check({ facts }) {
    const fy = facts.project.fiscalYear;
    if (fy == null) return [];
    const out = [];
    const seen = new Set<number>();
    for (const y of facts.goalYears) {
      if (!y.asPeriod || y.year >= fy || seen.has(y.year)) continue;
      // a range such as "2023-2024年度" that reaches the fiscal year is fine
      const text = facts.goalsText.slice(y.span[0], y.span[1]);
      if (text.includes(String(fy))) continue;
      seen.add(y.year);
      out.push(
        createFinding(this, {
          message: `总体目标以“${facts.goalsText.slice(y.span[0], y.span[1] + 2)}”为工作期间，而预算年度是${fy}年。`,
          suggestion: `请把总体目标改写为${fy}年度的目标。`,
          location: { project: facts.index, indicator: null, field: 'goals', span: y.span },
          evidence: { goalText: facts.goalsText.slice(y.span[0], y.span[1] + 8), year: y.year, fiscalYear: fy },
        }),
      );
    }
    return out;
  },
};
