import { createFinding, type ProjectRule } from '../review-rule';

export const mostlyQualitative: ProjectRule = {
  id: 'mostly-qualitative',
  appliesTo: 'project',
  category: 'not-measurable',
  severity: 'info',
  dimension: '相关性',
  blocking: false,
  title: '定性指标过半',
  why: '指标应“量化易评”，优先使用定量指标；定性指标超过一半时，目标难以评价。',
  source: 'R-IND-02',
  example: { text: '9个指标中 7个为定性（明显提高、成效明显、有效缓解……）', sample: '000_090c4012b2f0612f.txt · 城乡医疗救助资金' },
  fix: '把能量化的指标改为定量表述，定性指标写明分级标准。',
  check({ facts, profile }) {
    const filled = facts.indicators.filter((t) => t.valueText !== '');
    if (filled.length < 4) return [];
    const qualitative = filled.filter((t) => !t.quantitative).length;
    const share = qualitative / filled.length;
    if (share <= profile.thresholds.qualitativeShareMax) return [];
    return [
      createFinding(this, {
        message: `${filled.length}个指标中有${qualitative}个为定性指标（${Math.round(share * 100)}%），超过一半。`,
        suggestion: '请把能量化的指标改为定量表述。',
        location: { project: facts.index, indicator: null, field: 'indicators' },
        evidence: { indicators: filled.length, qualitative, share: Math.round(share * 1000) / 1000, threshold: profile.thresholds.qualitativeShareMax },
      }),
    ];
  },
};
