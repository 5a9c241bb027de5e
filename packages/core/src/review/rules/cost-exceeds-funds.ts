import { createFinding, type ProjectRule } from '../review-rule';
import { formatWanText } from '../label-level2';

export const costExceedsFunds: ProjectRule = {
  id: 'cost-exceeds-funds',
  appliesTo: 'project',
  category: 'cost-vs-funds',
  severity: 'error',
  dimension: '适当性',
  blocking: true,
  title: '成本指标超过项目资金',
  why: '成本指标（总额或分项之和）不得超过项目的年度资金总额；超过说明目标与资金不匹配或有一方填错。属于预审的阻断性问题。',
  source: 'R-IND-05, R-REV-07',
  example: { text: '离休干部药费 30.00万元；成本指标：患者医疗报销成本 ≤40万元/年', sample: '003_f299d4d68a831b89.txt · 离休干部药费' },
  fix: '核对成本指标与资金总额，使成本指标不超过年度资金总额。',
  check({ facts, profile }) {
    const total = facts.project.funds.total;
    if (total == null || total <= 0) return [];
    const costs = facts.indicators.filter((t) => t.level2 === 'cost' && t.moneyFen != null);
    if (costs.length === 0) return [];
    const sum = costs.reduce((s, t) => s + (t.moneyFen ?? 0), 0);
    const tolerance = Math.max(100, Math.round((total * profile.thresholds.moneyTolerancePercent) / 100));
    if (sum <= total + tolerance) return [];
    const single = costs.length === 1 ? costs[0] : undefined;
    return [
      createFinding(this, {
        message: `成本指标${single ? `“${single.name}”（${single.valueText}）` : `合计${formatWanText(sum)}`}超过项目年度资金总额${formatWanText(total)}。`,
        suggestion: '请核对成本指标或资金总额，使成本不超过预算。',
        location: { project: facts.index, indicator: single ? single.index : null, field: single ? `indicators[${single.index}].target` : 'indicators' },
        evidence: { costFen: sum, fundsFen: total, costYuan: sum / 100, fundsYuan: total / 100, items: costs.map((t) => `${t.name} ${t.valueText}`) },
      }),
    ];
  },
};
