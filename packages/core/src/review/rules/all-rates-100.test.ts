import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { allRates100 } from './all-rates-100';

const run = (p: ReturnType<typeof buildTestProject>) => allRates100.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('all-rates-100', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '离休干部药费', totalWan: 30, indicators: [['output', 'quality', '离休部门门诊医药费报销完成率', '100%'], ['output', 'quality', '离休干部健康检查完成率', '100%'], ['output', 'timeliness', '离休干部健康检查及时率', '100%']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('all-rates-100');
    expect(f[0]?.evidence.rates).toHaveLength(3);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '党建经费', totalWan: 7.55, indicators: [['output', 'quality', '活动开展合法合规性', '100%'], ['output', 'quality', '活动参与率', '≥90%'], ['output', 'timeliness', '活动开展及时率', '≥90%']] }))).toEqual([]);
  });
});
