import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

export const unitMissing: ProjectRule = {
  id: 'unit-missing',
  appliesTo: 'project',
  category: 'unit-mismatch',
  severity: 'error',
  dimension: '完整性',
  blocking: true,
  title: '定量指标没有计量单位',
  why: '定量三级指标必须同时有性质、数值和计量单位；没有单位的数字（“≤365”是天还是元？）无法评价。属于预审的阻断性问题。',
  source: 'R-IND-03, R-REV-07',
  example: { text: '时效指标　预算执行时间　≤365', sample: '000_090c4012b2f0612f.txt · 城乡居民基本医疗保险' },
  fix: '补上计量单位，如“≤365天”。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const target = t.indicator.target;
      if (!target || target.op === 'qualitative' || target.unit != null || target.period) continue;
      if (target.value === 0) continue; // "=0" needs no unit to be checkable
      out.push(
        createFinding(this, {
          message: `“${t.name}”的指标值“${t.valueText}”没有计量单位。`,
          suggestion: '请补上计量单位（天、%、人、万元等）。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, number: target.value },
        }),
      );
    }
    return out;
  },
};
