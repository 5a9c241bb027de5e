/** A hand-written target document, rendered into many text layouts by render-text-layouts.ts. */
export interface TruthIndicator {
  level1Text: string;
  level2Text: string;
  level1: string;
  level2: string;
  name: string;
  value: string;
  basis?: string;
  weight?: number;
}

export interface TruthProject {
  name: string;
  unit: string;
  fundsWan: string;
  goals: string[];
  indicators: TruthIndicator[];
}

const I = (level1Text: string, level2Text: string, level1: string, level2: string, name: string, value: string, basis = '历史标准', weight = 5): TruthIndicator => ({
  level1Text, level2Text, level1, level2, name, value, basis, weight,
});

export const TRUTH_PROJECTS: TruthProject[] = [
  {
    name: '医疗救助资金',
    unit: '兴隆县医疗保障局',
    fundsWan: '280.50',
    goals: ['对特困人员、低保对象实施住院和门诊救助', '困难群众医疗费用负担有效减轻'],
    indicators: [
      I('产出指标', '数量指标', 'output', 'quantity', '救助人次', '≥3500人次'),
      I('产出指标', '数量指标', 'output', 'quantity', '资助参保人数', '≥12000人'),
      I('产出指标', '质量指标', 'output', 'quality', '救助对象识别准确率', '≥98%'),
      I('产出指标', '时效指标', 'output', 'timeliness', '救助资金发放时限', '≤30天'),
      I('产出指标', '成本指标', 'output', 'cost', '人均救助标准', '≤800元/人次'),
      I('效益指标', '社会效益指标', 'outcome', 'socialBenefit', '困难群众就医负担', '有效减轻'),
      I('效益指标', '可持续影响指标', 'outcome', 'sustainability', '救助制度运行', '长期稳定'),
      I('满意度指标', '服务对象满意度指标', 'satisfaction', 'serviceSatisfaction', '救助对象满意度', '≥90%', '历史标准', 10),
    ],
  },
  {
    name: '医保经办窗口运行经费',
    unit: '兴隆县医疗保障局',
    fundsWan: '36.00',
    goals: ['保障经办大厅16个窗口正常运行'],
    indicators: [
      I('产出指标', '数量指标', 'output', 'quantity', '服务窗口数量', '16个'),
      I('产出指标', '数量指标', 'output', 'quantity', '年度办件量', '≥60000件'),
      I('产出指标', '质量指标', 'output', 'quality', '办件差错率', '≤1%'),
      I('产出指标', '时效指标', 'output', 'timeliness', '窗口开放时间', '2024年1-12月'),
      I('产出指标', '成本指标', 'output', 'cost', '窗口运行成本', '≤36万元'),
      I('效益指标', '社会效益指标', 'outcome', 'socialBenefit', '群众办事便利程度', '明显提高'),
      I('满意度指标', '服务对象满意度指标', 'satisfaction', 'serviceSatisfaction', '办事群众满意度', '≥95%', '历史标准', 10),
    ],
  },
];
