import { createFinding, type ProjectRule } from '../review-rule';

const INPUT_VERBS = ['申请', '拨付', '配套', '到位', '足额', '用于', '发放'];
const MONEY_WORDS = ['资金', '经费', '配套', '款'];
/** Words that describe an output or effect; a goal containing one states more than the input. */
const OUTPUT_WORDS = ['提高', '提升', '覆盖', '减轻', '降低', '缩短', '实现', '完成', '开展', '建立', '满意', '知晓', '改善', '确保', '保证', '达到', '打击', '规范', '优化', '健全', '完善', '推进', '解决'];

/** True when the goal only says that money is requested, allocated or spent. */
export function isInputOnlyGoal(goal: string): boolean {
  const g = goal.normalize('NFKC');
  if (!INPUT_VERBS.some((w) => g.includes(w)) || !MONEY_WORDS.some((w) => g.includes(w))) return false;
  return !OUTPUT_WORDS.some((w) => g.includes(w));
}

export const inputAsGoal: ProjectRule = {
  id: 'input-as-goal',
  appliesTo: 'project',
  category: 'input-as-output',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '总体目标只陈述资金投入',
  why: '投入（资金、人员、物资）不得作为绩效目标。总体目标应写明用这笔钱提供什么产出、取得什么效果；“资金及时到位”“足额用于……”只是资金投入。',
  source: 'R-TGT-04, R-TGT-02',
  example: { text: '绩效目标　1.目标内容1财政配套及时到位', sample: '004_b5b5933a0db36905.txt · 财政对基本医疗保险基金疫苗款的补助' },
  fix: '改写总体目标，写明预期产出（服务对象、数量、质量）和预期效果。',
  check({ facts }) {
    const goals = facts.project.goals.filter((g) => g.trim() !== '');
    if (goals.length === 0 || !goals.every(isInputOnlyGoal)) return [];
    return [
      createFinding(this, {
        message: `总体目标只陈述了资金投入（“${goals.join('；').slice(0, 60)}”），没有写明产出和效果。`,
        suggestion: '请写明资金将提供的产出（对象、数量、质量）和预期效果。',
        location: { project: facts.index, indicator: null, field: 'goals' },
        evidence: { goals: goals.map((g) => g.slice(0, 80)) },
      }),
    ];
  },
};
