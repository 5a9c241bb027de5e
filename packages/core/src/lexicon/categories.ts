import type { Level1, Level2 } from '../model/taxonomy';

/**
 * Headings of indicator categories as they are written in real forms, mapped to canonical codes.
 * Matching is done on the compacted heading (spaces, punctuation, numbering and 必填/选填 removed,
 * traditional characters folded), so `服务对象 满意度指标 (必填)` and `(三) 可持续影响指标：` match.
 */
export const LEVEL1_HEADINGS: ReadonlyArray<readonly [string, Level1]> = [
  ['产出指标', 'output'],
  ['项目产出', 'output'],
  ['项目完成指标', 'output'],
  ['完成指标', 'output'],
  ['产出', 'output'],
  ['效益指标', 'outcome'],
  ['项目效益', 'outcome'],
  ['效果指标', 'outcome'],
  ['效益', 'outcome'],
  ['满意度指标', 'satisfaction'],
  ['满意度', 'satisfaction'],
  ['社会公众或服务对象满意度指标', 'satisfaction'],
  ['成本指标', 'cost'],
];

export const LEVEL2_HEADINGS: ReadonlyArray<readonly [string, Level2]> = [
  ['数量指标', 'quantity'],
  ['质量指标', 'quality'],
  ['时效指标', 'timeliness'],
  ['成本指标', 'cost'],
  ['经济成本指标', 'economicCost'],
  ['社会成本指标', 'socialCost'],
  ['生态环境成本指标', 'environmentalCost'],
  ['环境成本指标', 'environmentalCost'],
  ['经济效益指标', 'economicBenefit'],
  ['社会效益指标', 'socialBenefit'],
  ['生态效益指标', 'ecologicalBenefit'],
  ['环境效益指标', 'ecologicalBenefit'],
  ['可持续影响指标', 'sustainability'],
  ['可持续发展指标', 'sustainability'],
  ['服务对象满意度指标', 'serviceSatisfaction'],
  ['社会公众或服务对象满意度指标', 'serviceSatisfaction'],
  ['满意度指标', 'serviceSatisfaction'],
  ['数量', 'quantity'],
  ['质量', 'quality'],
  ['时效', 'timeliness'],
  ['成本', 'cost'],
  ['经济效益', 'economicBenefit'],
  ['社会效益', 'socialBenefit'],
  ['生态效益', 'ecologicalBenefit'],
  ['可持续影响', 'sustainability'],
  ['服务对象满意度', 'serviceSatisfaction'],
];

/** The level-1 each level-2 sits under in the classic profile, used when a form leaves level 1 blank. */
export const LEVEL1_OF_LEVEL2: Readonly<Record<Level2, Level1>> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economicCost: 'cost',
  socialCost: 'cost',
  environmentalCost: 'cost',
  economicBenefit: 'outcome',
  socialBenefit: 'outcome',
  ecologicalBenefit: 'outcome',
  sustainability: 'outcome',
  serviceSatisfaction: 'satisfaction',
};

/**
 * Keywords that place an indicator whose category the document does not state (narrative layouts
 * such as `绩效指标：全民参保率达95%以上；参保群众满意度达95%以上`). Checked in order; first hit wins.
 */
export const CATEGORY_KEYWORDS: ReadonlyArray<readonly [RegExp, Level2]> = [
  [/满意/, 'serviceSatisfaction'],
  [/(成本|费用|经费|资金|万元|元\/)/, 'cost'],
  [/(及时|时效|时间|期限|按时|进度|周期|天数)/, 'timeliness'],
  [/(知晓|覆盖|保障|减轻|提升|提高|改善|促进|效益|影响|长效|可持续)/, 'socialBenefit'],
  [/(率|合格|达标|准确|规范|质量|完成)/, 'quality'],
];
