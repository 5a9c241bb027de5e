import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

export const rateOutOfRange: ProjectRule = {
  id: 'rate-out-of-range',
  appliesTo: 'project',
  category: 'unit-mismatch',
  severity: 'error',
  dimension: '可行性',
  blocking: false,
  title: '百分比超出 0–100%',
  why: '以 % 为单位的指标值必须在 0 到 100 之间；超过 100% 的比率不可能实现，通常是单位或口径写错。',
  source: 'R-IND-03',
  example: { text: '案件调查率达到100%　≥100%（合规的边界值）；如写成“≥120%”即超出范围', sample: '004_b5b5933a0db36905.txt · 居民医保意外伤害认定调查外包服务费' },
  fix: '改为 0–100% 之间的目标值；若要表达数量，请改用数量单位。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const target = t.indicator.target;
      if (t.unitKind !== 'percent' || !target || target.op === 'qualitative') continue;
      const v = target.value;
      if (v >= 0 && v <= 100 && !(v === 100 && target.op === '>')) continue;
      out.push(
        createFinding(this, {
          message: `“${t.name}”的指标值“${t.valueText}”超出 0–100% 的范围。`,
          suggestion: '请改为 0–100% 之间的目标值。',
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, number: v, op: target.op },
        }),
      );
    }
    return out;
  },
};
