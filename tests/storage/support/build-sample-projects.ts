import type {
  ComparisonOp,
  ImportedDocument,
  Indicator,
  Level1,
  Level2,
  Project,
  ScoringRule,
  TargetValue,
} from '@jixiao/core';

/**
 * Hand-built domain objects modelled on fixtures/samples/002 (库尔勒市医疗保障局, 2023, three
 * 项目支出绩效目标表 with the newer taxonomy where 成本指标 is level 1). Built by hand because the
 * importer is developed in parallel.
 */
const LEVEL1_TEXT: Record<Level1, string> = { output: '产出指标', outcome: '效益指标', satisfaction: '满意度指标', cost: '成本指标' };
const LEVEL2_TEXT: Partial<Record<Level2, string>> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  economicCost: '经济成本指标',
  socialBenefit: '社会效益指标',
  serviceSatisfaction: '满意度指标',
};
const RULE_TEXT: Record<ScoringRule, string> = {
  proportional: '按照正常比例赋分',
  binary: '直接赋分',
  graded: '按评判等级赋分',
  satisfaction: '满意度赋分',
};

type Row = [Level1, Level2, string, string, TargetValue | null, string, string, number, ScoringRule, string];

function q(op: ComparisonOp, value: number, unit: string | null): TargetValue {
  return { op, value, unit };
}

function text(t: string): TargetValue {
  return { op: 'qualitative', text: t };
}

export function buildIndicator(row: Row, line: number): Indicator {
  const [level1, level2, name, targetText, target, basis, priorActual, weight, rule, evidence] = row;
  return {
    level1,
    level2,
    level1Text: LEVEL1_TEXT[level1],
    level2Text: LEVEL2_TEXT[level2] ?? null,
    required: null,
    name,
    description: null,
    targetText,
    target,
    basis,
    priorActual,
    weight,
    scoringRule: rule,
    scoringRuleText: RULE_TEXT[rule],
    evidence,
    actualText: null,
    score: null,
    deviationReason: null,
    raw: { 三级指标: name, 指标值: targetText },
    source: { line },
  };
}

interface ProjectSeed {
  readonly name: string;
  readonly lead: string;
  readonly totalFen: number;
  readonly totalText: string;
  readonly goals: readonly string[];
  readonly rows: readonly Row[];
  readonly line: number;
}

const SEEDS: readonly ProjectSeed[] = [
  {
    name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务',
    lead: '张光学',
    totalFen: 7_500_000,
    totalText: '7.5',
    goals: [
      '围绕提高为民服务质量为重点,社会保险经办机构服务水平明显提高,基本医疗保险参保人数48.10万人,生育保险参保人数15.60万人,基本医疗保险参保率95%。',
      '提高医保政策知晓率,使国家社保惠民的知晓率有很大的提高,群众的参保自觉性进一步提高。',
    ],
    line: 5,
    rows: [
      ['output', 'quantity', '基本医疗保险参保', '>=48.10万人', q('>=', 481000, '人'), '历史标准', '48.10万人', 5, 'proportional', '工作资料'],
      ['output', 'quantity', '生育保险参保人数', '>=15.60万人', q('>=', 156000, '人'), '计划标准', '15.60万人', 5, 'proportional', '工作资料'],
      ['output', 'quantity', '政策宣传次数', '>=6次', q('>=', 6, '次'), '历史标准', '17次', 5, 'proportional', '工作资料'],
      ['output', 'quality', '2022年重复参保人', '=0人', q('=', 0, '人'), '行业或国家标准', '0人', 5, 'binary', '工作资料'],
      ['output', 'timeliness', '各项医疗保险基金', '每季度结束后的,', null, '行业或国家标准', '达成目标', 5, 'binary', '工作资料'],
      ['cost', 'economicCost', '宣传工作成本', '<=5万元', q('<=', 5, '万元'), '预算支出标准', '无', 10, 'proportional', '原始凭证'],
      ['outcome', 'socialBenefit', '提高医保政策知晓', '有所提高', text('有所提高'), '历史标准', '达成目标', 20, 'graded', '工作资料'],
      ['satisfaction', 'serviceSatisfaction', '提高基本医疗保险', '>=95%', q('>=', 95, '%'), '历史标准', '96%', 10, 'satisfaction', '工作资料'],
    ],
  },
  {
    name: '部门专项-2021-2023年度城乡居民基本医疗保险市级配套资金',
    lead: '王锐',
    totalFen: 6_118_230_000,
    totalText: '6118.23',
    goals: [
      '确保全市城乡居民基本医疗保险参保人员（含贫困人员）市级财政配套补助资金；城乡居民参保缴费人数31万人，城乡居民医疗保险筹资标准（市级财政）197.36元/人/年。',
      '保障城乡居民基本医疗保险基金正常运转，享受国家城乡医疗保障政策。',
    ],
    line: 28,
    rows: [
      ['output', 'quantity', '城乡居民参保缴费', '≥31万人', q('>=', 310000, '人'), '历史标准', '31.8万人', 14, 'proportional', '工作资料'],
      ['output', 'quality', '城乡居民参保缴费', '≥95%', q('>=', 95, '%'), '历史标准', '100%', 13, 'proportional', '工作资料'],
      ['output', 'timeliness', '城乡居民享受待遇', '=100%', q('=', 100, '%'), '历史标准', '100%', 13, 'binary', '工作资料'],
      ['cost', 'economicCost', '城乡居民医疗保险', '≤197.36元/人/年', q('<=', 197.36, '元/人/年'), '预算支出标准', '183.66元/人/年', 20, 'proportional', '原始凭证'],
      ['outcome', 'socialBenefit', '提高享受人员待遇', '提高', text('提高'), '历史标准', '达成目标', 7, 'graded', '工作资料'],
      ['satisfaction', 'serviceSatisfaction', '参保人员满意度', '≥95%', q('>=', 95, '%'), '历史标准', '98%', 10, 'satisfaction', '工作资料'],
    ],
  },
  {
    name: '部门专项-医疗保险业务经费和大楼运行专项经费',
    lead: '张光学',
    totalFen: 15_000_000,
    totalText: '15',
    goals: [
      '确保办公大楼正常运行, 保障单位各项医保工作的平稳有序开展, 办公大楼用水量2600方, 办公大楼用电量200000度。',
      '提高我市医疗保险工作顺利开展, 正确合理使用资金。',
    ],
    line: 45,
    rows: [
      ['output', 'quantity', '办公大楼用水量', '≥2600方', q('>=', 2600, '方'), '历史标准', '1973方', 6, 'proportional', '原始凭证'],
      ['output', 'quantity', '办公大楼用电量', '≥200000度', q('>=', 200000, '度'), '历史标准', '177402.72度', 6, 'proportional', '原始凭证'],
      ['output', 'quality', '保障大楼运行正常', '=100%', q('=', 100, '%'), '历史标准', '100%', 6, 'binary', '工作资料'],
      ['cost', 'economicCost', '办公大楼水费成本', '≤3.57元/方', q('<=', 3.57, '元/方'), '预算支出标准', '3.57元/方', 7, 'proportional', '原始凭证'],
      ['cost', 'economicCost', '办公大楼日常运行', '≤4400元', q('<=', 4400, '元'), '预算支出标准', '4400元', 6, 'proportional', '原始凭证'],
      ['outcome', 'socialBenefit', '提高我市医疗保险', '有效提高', text('有效提高'), '历史标准', '有效提高', 20, 'graded', '工作资料'],
      ['satisfaction', 'serviceSatisfaction', '服务群众的满意度', '≥95%', q('>=', 95, '%'), '历史标准', '96%', 10, 'satisfaction', '工作资料'],
    ],
  },
];

export interface SampleOptions {
  /** 预算单位 name; tests sharing a database pass a distinct one. */
  readonly unit?: string;
  readonly unitCode?: string | null;
  readonly department?: string | null;
  readonly departmentCode?: string | null;
  readonly fiscalYear?: number | null;
}

/** The three projects of sample 002. */
export function buildSampleProjects(opts: SampleOptions = {}): Project[] {
  return SEEDS.map((seed) => ({
    code: null,
    name: seed.name,
    unit: opts.unit ?? '库尔勒市医疗保障局',
    unitCode: opts.unitCode ?? null,
    department: opts.department ?? null,
    departmentCode: opts.departmentCode ?? null,
    implementingUnit: null,
    fiscalYear: opts.fiscalYear === undefined ? 2023 : opts.fiscalYear,
    kind: null,
    period: null,
    preparer: null,
    preparerPhone: null,
    preparedOn: null,
    projectLead: seed.lead,
    funds: { total: seed.totalFen, fiscal: seed.totalFen, other: 0 },
    purpose: null,
    spendingPlan: [],
    goals: seed.goals,
    longTermGoals: [],
    indicators: seed.rows.map((row, i) => buildIndicator(row, seed.line + 4 + i)),
    categoryMarks: [],
    execution: null,
    raw: { 'funds.total': seed.totalText, 'funds.fiscal': seed.totalText, 'funds.other': '0' },
    source: { line: seed.line, endLine: seed.line + 4 + seed.rows.length },
  }));
}

/** An ImportedDocument wrapping the given projects, as the importer would return it. */
export function buildImportedDocument(projects: readonly Project[], file = '002_958eda048e829117.txt'): ImportedDocument {
  return {
    file,
    format: 'txt',
    layout: 'target-table',
    issues: [{ code: 'indicator-name-truncated', severity: 'warning', message: '指标名称可能被截断', line: 9, text: '基本医疗保险参保' }],
    projects,
    departmentTargets: [],
    stats: { rows: 60, usedRows: 55, boilerplateRows: 5, unplacedRows: 0 },
  };
}

/** A copy of `project` with one indicator's target replaced (a "changed" re-import). */
export function withChangedTarget(project: Project, index: number, targetText: string, target: TargetValue): Project {
  return {
    ...project,
    indicators: project.indicators.map((ind, i) => (i === index ? { ...ind, targetText, target } : ind)),
  };
}
