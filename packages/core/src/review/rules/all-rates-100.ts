import { createFinding, type ProjectRule } from '../review-rule';

export const allRates100: ProjectRule = {
  id: 'all-rates-100',
  appliesTo: 'project',
  category: 'ambition',
  severity: 'info',
  dimension: '适当性',
  blocking: false,
  title: '全部比率指标都定为100%',
  why: '每个比率都定为100%而不说明依据，往往是目标设定过于保守或不切实际，没有经过测算。',
  source: 'R-VAL-02',
  example: { text: '医疗救助对象人次规模率 100%；“一站式”即时结算覆盖率 100%；……', sample: '004_b5b5933a0db36905.txt · 冀财社[2021]159号2022年中央财政医疗救助补助' },
  fix: '按历史数据和测算结果设定比率目标，确需100%的写明依据。',
  check({ facts, profile }) {
    const rates = facts.indicators.filter((t) => t.unitKind === 'percent' && !t.isSatisfactionName && t.indicator.target && t.indicator.target.op !== 'qualitative');
    if (rates.length < profile.thresholds.allRatesMinCount) return [];
    if (!rates.every((t) => t.indicator.target && t.indicator.target.op !== 'qualitative' && t.indicator.target.value >= 100)) return [];
    return [
      createFinding(this, {
        message: `${rates.length}个比率指标全部定为100%，未说明依据。`,
        suggestion: '请按历史数据和测算设定比率目标，确需100%的写明依据。',
        location: { project: facts.index, indicator: null, field: 'indicators' },
        evidence: { rates: rates.map((t) => `${t.name} ${t.valueText}`) },
      }),
    ];
  },
};
