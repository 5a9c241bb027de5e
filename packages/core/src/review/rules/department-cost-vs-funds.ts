import { createFinding, type DepartmentRule } from '../review-rule';
import { formatWanText } from '../label-level2';
import { describeIndicator } from '../indicator-traits';
import { extractAmounts } from '../text/extract-amounts';

export const departmentCostVsFunds: DepartmentRule = {
  id: 'department-cost-vs-funds',
  appliesTo: 'department',
  category: 'cost-vs-funds',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '部门整体成本指标合计与预算总额不符',
  why: '部门整体支出绩效目标的成本指标应覆盖年度主要任务的全部预算；成本合计与预算总额不符，说明成本指标漏项或与任务金额不一致。',
  source: 'R-IND-05, R-REV-01',
  example: { text: '成本指标：基本支出 合计275.21万元；公务员医疗救助 100万元；技术服务费 20万元；网络服务费 24万元；购置办公用品及耗材 29万元；检查医药机构费用 20万元；临聘人员费用 35万元（合计503.21万元）；金额合计 514.21', sample: '001_decf76686d2239b2.txt · 部门整体支出绩效目标表' },
  fix: '核对成本指标与年度主要任务金额，补齐遗漏的成本项。',
  check({ department, departmentIndex, profile }) {
    const total = department.funds.total;
    if (total == null || total <= 0) return [];
    const items: string[] = [];
    let sum = 0;
    department.indicators.forEach((ind, i) => {
      const t = describeIndicator(ind, i);
      if (t.level2 !== 'cost') return;
      let fen = t.moneyFen;
      if (fen == null && t.valueText) fen = extractAmounts(t.valueText)[0]?.fen ?? null; // "合计275.21万元;分项:…" → the 合计
      if (fen == null) return;
      sum += fen;
      items.push(`${t.name} ${formatWanText(fen)}`);
    });
    if (items.length < 2) return [];
    const tolerance = Math.max(100, Math.round((total * profile.thresholds.moneyTolerancePercent) / 100));
    if (Math.abs(sum - total) <= tolerance) return [];
    return [
      createFinding(this, {
        message: `部门整体成本指标合计${formatWanText(sum)}，与预算总额${formatWanText(total)}相差${formatWanText(Math.abs(total - sum))}。`,
        suggestion: '请核对成本指标与年度主要任务金额，补齐或改正成本项。',
        location: { project: null, indicator: null, field: 'department.indicators', department: departmentIndex },
        evidence: { costYuan: sum / 100, fundsYuan: total / 100, items },
      }),
    ];
  },
};
