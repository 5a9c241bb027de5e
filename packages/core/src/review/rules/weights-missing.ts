import { createFinding, type ProjectRule } from '../review-rule';

export const weightsMissing: ProjectRule = {
  id: 'weights-missing',
  appliesTo: 'project',
  category: 'weights',
  severity: 'error',
  dimension: '完整性',
  blocking: false,
  title: '有权重列的表中部分指标没有分值',
  why: '表上有“指标分值权重”列时，每个三级指标都要有分值，分值之和等于一级指标和总分；缺分值的指标无法评分。',
  source: 'R-IND-08, R-REV-02',
  example: { text: '指标分值权重 列：5、5、5……（某一行空白时报告）', sample: '002_958eda048e829117.txt · 巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务' },
  fix: '为每个指标填写分值，并使总和符合表的要求。',
  check({ facts }) {
    const withWeight = facts.indicators.filter((t) => t.indicator.weight != null);
    if (withWeight.length === 0) return [];
    const out = [];
    for (const t of facts.indicators) {
      if (t.indicator.weight != null || t.name === '') continue;
      out.push(
        createFinding(this, {
          message: `指标“${t.name}”没有填写分值，而表中其他${withWeight.length}个指标有分值。`,
          suggestion: '请为该指标填写分值。',
          location: { project: facts.index, indicator: t.index, field: `indicators[${t.index}].weight` },
          evidence: { indicator: t.name, weightedIndicators: withWeight.length },
        }),
      );
    }
    return out;
  },
};
