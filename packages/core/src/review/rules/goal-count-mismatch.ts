import { createFinding, type ProjectRule } from '../review-rule';
import { gramToText, toBigrams, type GramSet } from '../text/char-ngrams';
import type { TextCount } from '../text/extract-counts';
import type { IndicatorTraits } from '../indicator-traits';

/** Bigrams too common in indicator names to tie a count to an indicator. */
const GENERIC = toBigrams('人数数量次数人员个数');

/** Share of the name's specific bigrams that occur in the text around a count. */
function containsGrams(grams: GramSet, text: string): { share: number; size: number } {
  let size = 0;
  let hit = 0;
  for (const g of grams) {
    if (GENERIC.has(g)) continue;
    size++;
    if (text.includes(gramToText(g))) hit++;
  }
  return { share: size === 0 ? 0 : hit / size, size };
}

function satisfies(value: number, op: string, target: number): boolean {
  switch (op) {
    case '>=': return value >= target;
    case '>': return value > target;
    case '<=': return value <= target;
    case '<': return value < target;
    default: return Math.abs(value - target) < 1e-9;
  }
}

/** Target of an indicator in the count's unit ("6人" → 6, "≥48.10万人" → 481000), or null. */
function indicatorCount(t: IndicatorTraits, unit: string): { op: string; value: number } | null {
  const target = t.indicator.target;
  if (!target || target.op === 'qualitative' || target.unit == null) return null;
  let u = target.unit;
  let scale = 1;
  if (u.startsWith('万') && u.length > 1) {
    scale = 10000;
    u = u.slice(1);
  }
  if (u === '名' || u === '位') u = '人';
  if (u !== unit) return null;
  return { op: target.op, value: target.value * scale };
}

export const goalCountMismatch: ProjectRule = {
  id: 'goal-count-mismatch',
  appliesTo: 'project',
  category: 'count-mismatch',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '总体目标中的数量与指标矛盾',
  why: '指标要与目标相互对应（目标中写明的人数、次数应与相应数量指标一致）。同一对象在目标和指标中数量不同，至少一处填错。',
  source: 'R-REV-02, R-TGT-03',
  example: { text: '目标1：保障7名我县离休干部……；数量指标：离休干部人数 6人', sample: '003_f299d4d68a831b89.txt · 离休干部药费' },
  fix: '核实实际数量，统一总体目标和数量指标中的数字。',
  check({ facts }) {
    if (facts.goalCounts.length === 0) return [];
    const out = [];
    for (let i = 0; i < facts.indicators.length; i++) {
      const t = facts.indicators[i] as IndicatorTraits;
      if (!t.quantitative || t.level2 !== 'quantity') continue;
      const grams = facts.indicatorGrams[i];
      if (!grams) continue;
      let agreeing = false;
      let contradicting: { count: TextCount; share: number } | null = null;
      for (const c of facts.goalCounts) {
        const target = indicatorCount(t, c.unit);
        if (!target) continue;
        const around = facts.goalsText.slice(Math.max(0, c.span[0] - 10), c.span[1] + 8);
        const { share, size } = containsGrams(grams, around);
        if (size < 2 || share < 0.5) continue;
        if (satisfies(c.value, target.op, target.value)) agreeing = true;
        else if (!contradicting || share > contradicting.share) contradicting = { count: c, share };
      }
      if (agreeing || !contradicting) continue;
      const c = contradicting.count;
      out.push(
        createFinding(this, {
          message: `总体目标写“${c.text}”，而数量指标“${t.name}”为“${t.valueText}”，两者矛盾。`,
          suggestion: '请核实实际数量，统一总体目标与指标中的数字。',
          location: { project: facts.index, indicator: t.index, field: `indicators[${t.index}].target`, span: c.span },
          evidence: { goalText: facts.goalsText.slice(Math.max(0, c.span[0] - 4), c.span[1] + 6), goalCount: c.value, unit: c.unit, indicator: t.name, indicatorValue: t.valueText },
        }),
      );
    }
    return out;
  },
};
