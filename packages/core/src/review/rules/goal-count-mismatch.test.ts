import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { goalCountMismatch } from './goal-count-mismatch';

const run = (p: ReturnType<typeof buildTestProject>) => goalCountMismatch.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('goal-count-mismatch', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '离休干部药费', totalWan: 30, goals: ['保障7名我县离休干部住院、门诊医药费100%报销,按时兑现就医医疗待遇'], indicators: [['output', 'quantity', '离休干部人数', '6人']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('goal-count-mismatch');
    expect(f[0]?.evidence.goalCount).toBe(7); expect(f[0]?.evidence.indicatorValue).toBe('6人');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '公务用车购置经费', totalWan: 27.14, goals: ['核定我单位车辆编制4辆, 目前在编2辆, 申请市级资金27.14万, 用于车辆购置', '车辆购置1辆'], indicators: [['output', 'quantity', '车辆购置数量', '1辆']] }))).toEqual([]);
  });
});
