import { createFinding, type ProjectRule } from '../review-rule';
import { formatWanText } from '../label-level2';

export const fundsNotAddingUp: ProjectRule = {
  id: 'funds-not-adding-up',
  appliesTo: 'project',
  category: 'funds-sum',
  severity: 'error',
  dimension: '完整性',
  blocking: false,
  title: '资金总额不等于财政拨款与其他资金之和',
  why: '年度资金总额 = 其中财政拨款 + 其他资金；不相等说明资金栏填错，绩效目标的资金规模无法确定。',
  source: 'R-REV-01, R-TGT-03',
  example: { text: '年度预算总额:7.5　其中:财政拨款 7.5　其他资金:0（相符，不报告）', sample: '002_958eda048e829117.txt · 巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务' },
  fix: '核对资金来源，使总额等于财政拨款与其他资金之和。',
  check({ facts }) {
    const { total, fiscal, other } = facts.project.funds;
    if (total == null || fiscal == null) return [];
    const sum = fiscal + (other ?? 0);
    if (Math.abs(sum - total) <= 100) return [];
    return [
      createFinding(this, {
        message: `年度资金总额${formatWanText(total)}不等于财政拨款${formatWanText(fiscal)}与其他资金${formatWanText(other ?? 0)}之和。`,
        suggestion: '请核对资金来源各栏。',
        location: { project: facts.index, indicator: null, field: 'funds' },
        evidence: { totalYuan: total / 100, fiscalYuan: fiscal / 100, otherYuan: (other ?? 0) / 100 },
      }),
    ];
  },
};
