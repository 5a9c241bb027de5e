import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { periodOutsideYear } from './period-outside-year';

const run = (p: ReturnType<typeof buildTestProject>) => periodOutsideYear.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('period-outside-year', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '举报奖励资金', totalWan: 2, fiscalYear: 2024, period: '2021年' }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('period-outside-year');
    expect(f[0]?.evidence.from).toBe(2021);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保障政策宣传费', totalWan: 55, fiscalYear: 2024, period: '2024年1月1日-12月31日' }))).toEqual([]);
  });
});
