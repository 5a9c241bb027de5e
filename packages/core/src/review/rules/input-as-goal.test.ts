import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { inputAsGoal } from './input-as-goal';

const run = (p: ReturnType<typeof buildTestProject>) => inputAsGoal.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('input-as-goal', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '冀财社[2021]159号2022年中央财政医疗救助补助', totalWan: 1161, goals: ['医疗救助资金及时到位发放', '医疗救助资金足额发放'] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('input-as-goal');
    expect(f[0]?.evidence.goals).toHaveLength(2);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '党建经费', totalWan: 7.55, goals: ['申请市级资金7.55万元, 用于党支部订阅或购买开展党员教育的报刊、资料, 开展党日活动等。达到党员先进性提升、党性意识提高的效果。'] }))).toEqual([]);
  });
});
