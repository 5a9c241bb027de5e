import type { Level2 } from '../model/taxonomy';

const LABELS: Readonly<Record<Level2, string>> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economicCost: '经济成本指标',
  socialCost: '社会成本指标',
  environmentalCost: '生态环境成本指标',
  economicBenefit: '经济效益指标',
  socialBenefit: '社会效益指标',
  ecologicalBenefit: '生态效益指标',
  sustainability: '可持续影响指标',
  serviceSatisfaction: '服务对象满意度指标',
};

/** Chinese label of a level-2 category ("数量指标"). */
export function labelLevel2(level2: Level2 | null): string {
  return level2 ? LABELS[level2] : '未分类';
}

/** Money in fen as 万元 text without trailing zeros ("7.55万元"). */
export function formatWanText(fen: number): string {
  const wan = (fen / 1_000_000).toFixed(6).replace(/\.?0+$/, '');
  return `${wan}万元`;
}
