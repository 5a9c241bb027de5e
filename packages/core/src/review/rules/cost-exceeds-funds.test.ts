import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { costExceedsFunds } from './cost-exceeds-funds';

const run = (p: ReturnType<typeof buildTestProject>) => costExceedsFunds.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('cost-exceeds-funds', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '离休干部药费', totalWan: 30, indicators: [['output', 'cost', '患者医疗报销成本', '≤40万元/年']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('cost-exceeds-funds');
    expect(f[0]?.evidence.costYuan).toBe(400000); expect(f[0]?.evidence.fundsYuan).toBe(300000);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '价格谈判和基础库建设费', totalWan: 18, indicators: [['output', 'cost', '专家团队价格谈判方案及目录库建设方案费用', '7万'], ['output', 'cost', '组织非公立医院考察调研费用', '5万'], ['output', 'cost', '目录库建设、维护费用', '6万']] }))).toEqual([]);
  });
});
