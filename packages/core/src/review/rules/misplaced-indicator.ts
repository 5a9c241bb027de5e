import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import type { IndicatorTraits } from '../indicator-traits';
import { labelLevel2 } from '../label-level2';

const ECOLOGY_WORDS = ['生态', '环境', '环保', '绿色', '节能', '碳', '污染', '能耗', '排放', '节约', '资源', '无纸化', '水', '电'];

/** Why an indicator sits in the wrong category, or null. */
function explainMisplacement(t: IndicatorTraits): { expected: string; reason: string } | null {
  const l2 = t.level2;
  if (l2 == null) return null;
  if (t.isSatisfactionName && l2 !== 'serviceSatisfaction') return { expected: '服务对象满意度指标', reason: '满意度应放在满意度指标下' };
  if (l2 === 'cost' && (t.unitKind === 'person' || t.unitKind === 'count')) return { expected: '数量指标', reason: `成本指标下填的是数量（${t.indicator.target && 'unit' in t.indicator.target ? t.indicator.target.unit : ''}），不是金额` };
  if (l2 === 'cost' && t.unitKind === 'percent') return { expected: '成本指标的金额（如“≤××万元”），比率类内容移到质量指标', reason: '成本指标应填写金额，这里填的是比率' };
  if (l2 === 'quantity' && (t.unitKind === 'money' || t.unitKind === 'unit-cost')) return { expected: '成本指标', reason: '数量指标下填的是金额' };
  if (t.indicator.level1 === 'outcome' && (t.name.includes('及时率') || t.name.includes('及时性') || t.name.endsWith('到位率'))) return { expected: '时效指标（产出）', reason: '及时性是产出的时效要求，不是效益' };
  if (l2 === 'ecologicalBenefit' && !ECOLOGY_WORDS.some((w) => t.name.includes(w))) return { expected: '经济或社会效益指标', reason: '生态效益指标应反映对生态环境的影响' };
  return null;
}

export const misplacedIndicator: ProjectRule = {
  id: 'misplaced-indicator',
  appliesTo: 'project',
  category: 'misplaced-indicator',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '指标放错类别',
  why: '“满意度/满意率”只放在满意度指标下；金额放在成本指标下；及时率放在时效指标下；生态效益指标须与生态环境有关。放错类别会使必填类别形同虚设，评价时口径混乱。',
  source: 'R-IND-06, R-IND-03',
  example: { text: '生态效益指标 (选填)　困难群众就医负担减轻程度:　有效缓解', sample: '000_090c4012b2f0612f.txt · 城乡居民基本医疗保险' },
  fix: '把指标移到相应的二级指标下，或换成与该类别相符的指标。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const why = explainMisplacement(t);
      if (!why) continue;
      out.push(
        createFinding(this, {
          message: `“${t.name}”放在${labelLevel2(t.indicator.level2)}下：${why.reason}。`,
          suggestion: `请移到${why.expected}下，或换成与${labelLevel2(t.indicator.level2)}相符的指标。`,
          location: locateIndicator(facts.index, t.index, 'level2'),
          evidence: { indicator: t.name, value: t.valueText, level2: t.indicator.level2, expected: why.expected },
        }),
      );
    }
    return out;
  },
};
