import type { Project } from '@jixiao/core';

/** A complete core Project (fen) with two indicators, for fixtures. */
export function makeProject(name: string, overrides: Partial<Project> = {}): Project {
  return {
    code: null,
    name,
    unit: null,
    unitCode: null,
    department: null,
    departmentCode: null,
    implementingUnit: null,
    fiscalYear: 2024,
    kind: 'recurring',
    period: '2024年',
    preparer: '张三',
    preparerPhone: '0971-1234567',
    preparedOn: '2024-01-05',
    projectLead: null,
    funds: { total: 1_000_000, fiscal: 1_000_000, other: 0 },
    purpose: null,
    spendingPlan: [],
    goals: ['保障医保经办工作正常运转'],
    longTermGoals: [],
    indicators: [
      {
        level1: 'output', level2: 'quantity', level1Text: '产出指标', level2Text: '数量指标', required: true,
        name: '培训人次', description: null, targetText: '≥100人次', target: { op: '>=', value: 100, unit: '人次' },
        basis: null, priorActual: null, weight: 20, scoringRule: null, scoringRuleText: null, evidence: null,
        actualText: null, score: null, deviationReason: null, raw: {},
      },
      {
        level1: 'satisfaction', level2: 'serviceSatisfaction', level1Text: '满意度指标', level2Text: '服务对象满意度指标', required: true,
        name: '参保群众满意度', description: null, targetText: '≥90%', target: { op: '>=', value: 90, unit: '%' },
        basis: null, priorActual: null, weight: 10, scoringRule: null, scoringRuleText: null, evidence: null,
        actualText: null, score: null, deviationReason: null, raw: {},
      },
    ],
    categoryMarks: [],
    raw: { preparer: '张三 0971-1234567' },
    ...overrides,
  };
}
