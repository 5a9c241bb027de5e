import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

/** Parses a prior-year value such as "48.10万人", "100%", "17次" into number + unit. */
export function parsePriorValue(text: string | null): { value: number; unit: string } | null {
  if (!text) return null;
  const m = /^\s*(?:≥|>=|=|≤|<=)?\s*(\d+(?:\.\d+)?)\s*(\S*)\s*$/.exec(text.normalize('NFKC'));
  if (!m) return null;
  return { value: Number(m[1]), unit: (m[2] ?? '').replace('百分比', '%') };
}

export const targetBelowPrior: ProjectRule = {
  id: 'target-below-prior',
  appliesTo: 'project',
  category: 'ambition',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '目标值低于上年完成值',
  why: '延续项目的目标值应参考历史标准（上年实际或近三年平均）；“≥”类指标的目标低于上年已完成的水平且无说明，目标偏低。等于上年值的不报告。',
  source: 'R-VAL-02, R-VAL-01',
  example: { text: '政策宣传次数　>=6次　上年完成值 17次', sample: '002_958eda048e829117.txt · 巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务' },
  fix: '把目标值提高到不低于上年完成值，或说明降低的原因。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const target = t.indicator.target;
      if (!target || target.op === 'qualitative' || (target.op !== '>=' && target.op !== '>' && target.op !== '=')) continue;
      if (t.level2 === 'cost' || t.unitKind === 'money' || t.unitKind === 'unit-cost' || t.unitKind === 'physical') continue;
      if (target.op === '=' && target.value === 0) continue;
      const prior = parsePriorValue(t.indicator.priorActual);
      if (!prior || prior.unit !== (target.unit ?? '')) continue;
      if (target.value >= prior.value) continue;
      out.push(
        createFinding(this, {
          message: `“${t.name}”目标“${t.valueText}”低于上年完成值“${t.indicator.priorActual}”。`,
          suggestion: '请把目标提高到不低于上年完成值，或说明降低的原因。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, target: target.value, prior: prior.value, unit: prior.unit },
        }),
      );
    }
    return out;
  },
};
