import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { fundsNotAddingUp } from './funds-not-adding-up';

const run = (p: ReturnType<typeof buildTestProject>) => fundsNotAddingUp.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('funds-not-adding-up', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', totalWan: 7.5, fiscalWan: 5, otherWan: 0 }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('funds-not-adding-up');
    expect(f[0]?.evidence.totalYuan).toBe(75000);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', totalWan: 7.5, fiscalWan: 7.5, otherWan: 0 }))).toEqual([]);
  });
});
