import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

export const satisfactionAt100: ProjectRule = {
  id: 'satisfaction-at-100',
  appliesTo: 'project',
  category: 'ambition',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '满意度目标为100%',
  why: '满意度目标定为100%不切实际（一份不满意的问卷就无法完成），应参照历史调查结果设定，常见为≥85%–95%。',
  source: 'R-VAL-02',
  example: { text: '服务对象满意度　服务对象满意　≥100百分比', sample: '004_b5b5933a0db36905.txt · 劳务派遣人员经费' },
  fix: '参照以往满意度调查结果设定目标，如“≥90%”。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const target = t.indicator.target;
      if (!t.isSatisfactionName || !target || target.op === 'qualitative') continue;
      if (target.value < 100 || (t.unitKind !== 'percent' && t.unitKind !== 'none')) continue;
      out.push(
        createFinding(this, {
          message: `满意度指标“${t.name}”的目标为“${t.valueText}”，100%的满意度不切实际。`,
          suggestion: '请参照以往调查结果设定，如“≥90%”。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, number: target.value },
        }),
      );
    }
    return out;
  },
};
