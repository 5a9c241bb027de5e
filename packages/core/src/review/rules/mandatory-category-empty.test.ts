import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { mandatoryCategoryEmpty } from './mandatory-category-empty';

const run = (p: ReturnType<typeof buildTestProject>) => mandatoryCategoryEmpty.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('mandatory-category-empty', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '举报奖励资金', totalWan: 2, categoryMarks: [{ level1: 'output', level2: 'cost', required: true }, { level1: 'output', level2: 'quantity', required: true }], indicators: [['output', 'quantity', '举报行为', '≥10例'], ['outcome', 'socialBenefit', '医保基金监管', '加强']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('mandatory-category-empty');
    expect(f[0]?.evidence.level2).toBe('cost'); expect(f[0]?.blocking).toBe(true);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保障政策宣传费', totalWan: 55, categoryMarks: [{ level1: 'output', level2: 'cost', required: true }, { level1: 'outcome', level2: 'ecologicalBenefit', required: false }], indicators: [['output', 'cost', '宣传品', '10万元'], ['outcome', 'socialBenefit', '医保政策知晓率', '≥80%']] }))).toEqual([]);
  });
});
