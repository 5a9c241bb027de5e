import { createFinding, type ProjectRule } from '../review-rule';
import type { IndicatorTraits } from '../indicator-traits';

/** Same name and the same kind of value: a real duplicate, not two columns truncated to one name (002: 基本医疗保险参保 48.10万人 / 95%). */
function keyOf(t: IndicatorTraits): string {
  const target = t.indicator.target;
  const kind = !target ? 'none' : target.op === 'qualitative' ? 'text' : (target.unit ?? '');
  return `${t.name}\u0000${kind}`;
}

export const duplicateIndicator: ProjectRule = {
  id: 'duplicate-indicator',
  appliesTo: 'project',
  category: 'duplicated-content',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '项目内指标重复',
  why: '同一项目中重名的指标是重复填报（R-IND-06）：同一内容放在几个类别下凑数，使指标体系失真。名称相同但单位不同的（表格截断了名称）不算重复。',
  source: 'R-IND-06, R-IND-02',
  example: { text: '经济效益指标　困难群众就医负担减轻程度　明显提高；生态效益指标　困难群众就医负担减轻程度:　有效缓解', sample: '000_090c4012b2f0612f.txt · 城乡居民基本医疗保险' },
  fix: '删除重复的指标，按类别补充各自不同的指标。',
  check({ facts }) {
    const first = new Map<string, IndicatorTraits>();
    const out = [];
    for (const t of facts.indicators) {
      if (t.name === '') continue;
      const key = keyOf(t);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, t);
        continue;
      }
      out.push(
        createFinding(this, {
          message: `指标“${t.name}”与第${earlier.index + 1}个指标重复。`,
          suggestion: '请删除重复的指标，换成反映该类别的其他指标。',
          location: { project: facts.index, indicator: t.index, field: `indicators[${t.index}].name` },
          evidence: { indicator: t.name, value: t.valueText, firstIndex: earlier.index, firstValue: earlier.valueText },
        }),
      );
    }
    return out;
  },
};
