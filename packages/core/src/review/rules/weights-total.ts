import { createFinding, type ProjectRule } from '../review-rule';

export const weightsTotal: ProjectRule = {
  id: 'weights-total',
  appliesTo: 'project',
  category: 'weights',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '指标分值合计不等于应有总分',
  why: '三级指标分值之和应等于总分：100分，或表外为预算执行率保留10分时为90分（产出50、效益30、满意度10、预算执行率10）。',
  source: 'R-IND-08, R-SE-01',
  example: { text: '办公大楼用水量 6、用电量 6、日常运行 6、保障大楼运行正常 6、政策宣传知晓率 5、资金拨付及时率 5、水费成本 7、电费成本 7、日常运行 6、效益 20、满意度 10 = 84分', sample: '002_958eda048e829117.txt · 部门专项-医疗保险业务经费和大楼运行专项经费' },
  fix: '调整各指标分值，使合计为90分（另加预算执行率10分）或100分。',
  check({ facts, profile }) {
    const weights = facts.indicators.map((t) => t.indicator.weight).filter((w): w is number => w != null);
    if (weights.length === 0) return [];
    const sum = Math.round(weights.reduce((s, w) => s + w, 0) * 100) / 100;
    if (profile.thresholds.weightTotals.some((t) => Math.abs(t - sum) < 0.01)) return [];
    return [
      createFinding(this, {
        message: `${weights.length}个指标的分值合计${sum}分，不等于${profile.thresholds.weightTotals.join('分或')}分。`,
        suggestion: `请调整分值，使合计为${profile.thresholds.weightTotals.join('分或')}分。`,
        location: { project: facts.index, indicator: null, field: 'indicators' },
        evidence: { sum, expected: profile.thresholds.weightTotals, weights },
      }),
    ];
  },
};
