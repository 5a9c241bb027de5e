import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import type { IndicatorTraits } from '../indicator-traits';

/** The unit a name asks for, when the written unit contradicts it. */
function expectedUnit(t: IndicatorTraits): string | null {
  if (!t.quantitative) return null;
  if (t.isHeadcountName && t.unitKind !== 'person' && t.unitKind !== 'percent' && t.unitKind !== 'none') return '人（人次、户）';
  if (t.isRateName && !t.isSatisfactionName && (t.unitKind === 'person' || t.unitKind === 'count' || t.unitKind === 'money')) return '%';
  return null;
}

export const unitIncompatible: ProjectRule = {
  id: 'unit-incompatible',
  appliesTo: 'project',
  category: 'unit-mismatch',
  severity: 'warning',
  dimension: '可行性',
  blocking: false,
  title: '计量单位与指标不符',
  why: '性质、数值和单位必须一致：人数用“人”，比率用“%”。单位与指标名称矛盾时，目标无法核实。',
  source: 'R-IND-03',
  example: { text: '征收发放医保待遇预计人数 35条', sample: '003_f299d4d68a831b89.txt · 医疗保险征收发放工作经费' },
  fix: '按指标名称改正单位（如“≥35人”），或改正指标名称。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const expected = expectedUnit(t);
      if (!expected) continue;
      const unit = t.indicator.target && t.indicator.target.op !== 'qualitative' ? t.indicator.target.unit : null;
      out.push(
        createFinding(this, {
          message: `“${t.name}”的单位“${unit ?? ''}”与指标不符，应为${expected}。`,
          suggestion: `请把单位改为${expected}，或改正指标名称。`,
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, unit, expected },
        }),
      );
    }
    return out;
  },
};
