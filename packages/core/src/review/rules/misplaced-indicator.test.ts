import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { misplacedIndicator } from './misplaced-indicator';

const run = (p: ReturnType<typeof buildTestProject>) => misplacedIndicator.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('misplaced-indicator', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 18278, indicators: [['outcome', 'ecologicalBenefit', '困难群众就医负担减轻程度', '有效缓解']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('misplaced-indicator');
    expect(f[0]?.evidence.level2).toBe('ecologicalBenefit');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 18278, indicators: [['outcome', 'economicBenefit', '困难群众就医负担减轻程度', '明显提高'], ['satisfaction', 'serviceSatisfaction', '工作满意度', '≥90%'], ['output', 'cost', '严格控制预算数', '≤18278万元']] }))).toEqual([]);
  });
});
