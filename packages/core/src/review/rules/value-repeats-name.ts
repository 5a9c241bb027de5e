import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

export const valueRepeatsName: ProjectRule = {
  id: 'value-repeats-name',
  appliesTo: 'project',
  category: 'not-measurable',
  severity: 'warning',
  dimension: '完整性',
  blocking: false,
  title: '指标值照抄指标名称或描述',
  why: '指标值应是可衡量的目标（数值或分级描述）。照抄指标名称或指标解释的“指标值”没有给出任何可评价的标准。',
  source: 'R-IND-03, R-REV-01, R-TGT-03',
  example: { text: '时效指标　财政配套及时到位　财政配套及时到位　财政配套及时到位', sample: '004_b5b5933a0db36905.txt · 财政对基本医疗保险基金疫苗款的补助' },
  fix: '把指标值改为可衡量的目标，如“资金到位率 =100%”“到位时间 ≤6月”。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      if (t.quantitative || t.valueText === '' || t.name === '') continue;
      const desc = t.indicator.description ? t.indicator.description.normalize('NFKC').replace(/\s+/g, '') : '';
      const same = t.valueText === t.name || (desc !== '' && t.valueText === desc && desc.length >= 4) || (t.valueText.length >= 4 && t.name.includes(t.valueText));
      if (!same) continue;
      out.push(
        createFinding(this, {
          message: `指标“${t.name}”的指标值“${t.valueText}”只是重复了指标${t.valueText === t.name || t.name.includes(t.valueText) ? '名称' : '描述'}，没有可衡量的目标。`,
          suggestion: '请填写具体的数值目标（性质+数值+单位）或分级的定性标准。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, description: desc || null },
        }),
      );
    }
    return out;
  },
};
