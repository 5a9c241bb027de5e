import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import type { IndicatorTraits } from '../indicator-traits';

const CONSUMPTION_WORDS = ['用水量', '用电量', '用气量', '能耗', '消耗', '耗用', '成本', '费用', '支出', '投诉', '差错', '事故', '违规'];
const COVERAGE_WORDS = ['覆盖率', '参保率', '知晓率', '满意度', '合格率', '完成率', '及时率', '准确率', '达标率', '到位率'];

/** Why the comparison goes the wrong way, or null. */
function explainDirection(t: IndicatorTraits): { expected: '≤' | '≥'; reason: string } | null {
  const target = t.indicator.target;
  if (!target || target.op === 'qualitative') return null;
  const atLeast = target.op === '>=' || target.op === '>';
  const atMost = target.op === '<=' || target.op === '<';
  if (atLeast && (t.level2 === 'cost' || CONSUMPTION_WORDS.some((w) => t.name.includes(w))) && t.unitKind !== 'percent') {
    return { expected: '≤', reason: '消耗、成本类指标应控制上限' };
  }
  if (atMost && (COVERAGE_WORDS.some((w) => t.name.includes(w)) || (t.level2 === 'quantity' && (t.unitKind === 'person' || t.unitKind === 'count')))) {
    return { expected: '≥', reason: '产出数量、覆盖面和比率类指标应设下限' };
  }
  return null;
}

export const operatorDirection: ProjectRule = {
  id: 'operator-direction',
  appliesTo: 'project',
  category: 'direction',
  severity: 'warning',
  dimension: '可行性',
  blocking: false,
  title: '指标方向（≥/≤）与指标性质相反',
  why: '成本、消耗类指标用“≤”控制上限，产出数量、覆盖率、满意度用“≥”设下限。方向写反会鼓励多花钱、少干事。',
  source: 'R-IND-03',
  example: { text: '办公大楼用水量　≥2600方；办公大楼用电量　≥200000度', sample: '002_958eda048e829117.txt · 部门专项-医疗保险业务经费和大楼运行专项经费' },
  fix: '消耗、成本改为“≤”；数量、覆盖面改为“≥”。',
  check({ facts }) {
    const out = [];
    for (const t of facts.indicators) {
      const why = explainDirection(t);
      if (!why) continue;
      out.push(
        createFinding(this, {
          message: `“${t.name}”写作“${t.valueText}”：${why.reason}，应使用“${why.expected}”。`,
          suggestion: `请把性质改为“${why.expected}”，或改为节约、控制类的表述。`,
          location: locateIndicator(facts.index, t.index),
          evidence: { indicator: t.name, value: t.valueText, op: t.indicator.target && t.indicator.target.op !== 'qualitative' ? t.indicator.target.op : null, expected: why.expected },
        }),
      );
    }
    return out;
  },
};
