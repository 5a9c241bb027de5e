import { createFinding, type ProjectRule } from '../review-rule';
import { formatWanText } from '../label-level2';

export const costItemsVsFunds: ProjectRule = {
  id: 'cost-items-vs-funds',
  appliesTo: 'project',
  category: 'cost-vs-funds',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '分项成本合计与资金总额不一致',
  why: '按分项设置成本控制数时（S101：无法拆分单位成本的，设分项成本控制数），各分项之和应等于项目资金总额；少于总额说明有资金没有对应的成本目标。',
  source: 'R-IND-04, R-IND-05',
  example: { text: '医保档案管理 20.00万元；成本指标：档案室租赁费 8万元，购置办用品及耗材 5万元（合计13万元）', sample: '001_decf76686d2239b2.txt · 医保档案管理' },
  fix: '补齐遗漏的分项成本，或核对分项金额，使分项合计等于资金总额。',
  check({ facts, profile }) {
    const total = facts.project.funds.total;
    if (total == null || total <= 0) return [];
    const items = facts.indicators.filter((t) => t.level2 === 'cost' && t.moneyFen != null);
    if (items.length < 2) return [];
    const sum = items.reduce((s, t) => s + (t.moneyFen ?? 0), 0);
    const tolerance = Math.max(100, Math.round((total * profile.thresholds.moneyTolerancePercent) / 100));
    if (sum >= total - tolerance) return []; // equal (or above: cost-exceeds-funds reports it)
    return [
      createFinding(this, {
        message: `${items.length}项分项成本合计${formatWanText(sum)}，少于项目资金总额${formatWanText(total)}，相差${formatWanText(total - sum)}。`,
        suggestion: '请补齐遗漏的成本分项，或说明差额的用途。',
        location: { project: facts.index, indicator: null, field: 'indicators' },
        evidence: { costFen: sum, fundsFen: total, differenceYuan: (total - sum) / 100, items: items.map((t) => `${t.name} ${t.valueText}`) },
      }),
    ];
  },
};
