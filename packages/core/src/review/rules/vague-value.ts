import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import { labelLevel2 } from '../label-level2';

export const vagueValue: ProjectRule = {
  id: 'vague-value',
  appliesTo: 'project',
  category: 'not-measurable',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '应为数值的指标填了笼统的文字',
  why: '数量、成本指标和名称为“××率”的指标应定量表述（性质、数值、单位）。“不超预算”“保障发放”“符合标准”之类的文字无法衡量，违反“细化量化”“量化易评”的要求。',
  source: 'R-TGT-03, R-IND-02, R-IND-03',
  example: { text: '成本指标　预计成本　不超预算　不超预算', sample: '004_b5b5933a0db36905.txt · 劳务派遣人员经费' },
  fix: '成本指标填写金额上限（如“≤17.2万元”），数量指标填写数量（如“≥35人”），比率指标填写百分比（如“=100%”）。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      if (t.quantitative || t.valueText === '' || t.name === '') continue;
      const desc = t.indicator.description ? t.indicator.description.normalize('NFKC').replace(/\s+/g, '') : '';
      // value-repeats-name reports copies of the name or description; 全覆盖 states 100% coverage
      if (t.valueText === t.name || t.valueText === desc || (t.valueText.length >= 4 && t.name.includes(t.valueText)) || t.valueText === '全覆盖') continue;
      const expectsNumber = t.level2 === 'quantity' || t.level2 === 'cost' || t.isRateName;
      if (!expectsNumber) continue;
      // a date or period is a number in words ("2024年内"), and 全覆盖 states 100% coverage
      if (t.indicator.target?.op !== 'qualitative') continue;
      out.push(
        createFinding(this, {
          message: `${labelLevel2(t.indicator.level2)}“${t.name}”的指标值“${t.valueText}”不可衡量，该指标应定量表述。`,
          suggestion: t.level2 === 'cost' ? '成本指标请填写金额，如“≤××万元”。' : '请改为“性质+数值+单位”的定量目标，如“≥95%”“≥35人”。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, level2: t.indicator.level2, rateName: t.isRateName },
        }),
      );
    }
    return out;
  },
};
