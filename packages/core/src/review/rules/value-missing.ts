import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import { labelLevel2 } from '../label-level2';

export const valueMissing: ProjectRule = {
  id: 'value-missing',
  appliesTo: 'project',
  category: 'missing-value',
  severity: 'error',
  dimension: '完整性',
  blocking: false,
  title: '指标值为空',
  why: '三级指标必须有指标值（定量指标含性质、数值和单位，定性指标含分级描述），否则无法评价和监控。',
  source: 'R-IND-03, R-REV-02',
  example: { text: '时效指标 (必填)　报销时限　（无指标值）', sample: '000_090c4012b2f0612f.txt · 商业保险机构参与经办服务费' },
  fix: '为该指标填写指标值，如“≤30天”“≥95%”；不需要的指标行应删除。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      if (t.name === '' || t.valueText !== '') continue;
      out.push(
        createFinding(this, {
          message: `${labelLevel2(t.indicator.level2)}“${t.name}”没有填写指标值。`,
          suggestion: '请填写指标值（性质、数值、单位），或删除该指标。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, level2: t.indicator.level2 },
        }),
      );
    }
    return out;
  },
};
