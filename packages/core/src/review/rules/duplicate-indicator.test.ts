import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { duplicateIndicator } from './duplicate-indicator';

const run = (p: ReturnType<typeof buildTestProject>) => duplicateIndicator.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('duplicate-indicator', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 1870, indicators: [['outcome', 'economicBenefit', '困难群众就医负担减轻程度', '明显提高'], ['outcome', 'ecologicalBenefit', '困难群众就医负担减轻程度:', '有效缓解']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('duplicate-indicator');
    expect(f[0]?.evidence.firstIndex).toBe(0);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '部门专项-2021-2023年度城乡居民基本医疗保险市级配套资金', totalWan: 6118.23, indicators: [['output', 'quantity', '城乡居民参保缴费', '≥31万人'], ['output', 'quality', '城乡居民参保缴费', '≥95%']] }))).toEqual([]);
  });
});
