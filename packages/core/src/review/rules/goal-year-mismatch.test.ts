import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { goalYearMismatch } from './goal-year-mismatch';

const run = (p: ReturnType<typeof buildTestProject>) => goalYearMismatch.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('goal-year-mismatch', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '医疗保险征收发放工作经费', totalWan: 8, fiscalYear: 2024, goals: ['2023年全年确保完成各项基金征收发放的工作经费,年底各项征收经费覆盖率达到100%'] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('goal-year-mismatch');
    expect(f[0]?.evidence.year).toBe(2023);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', totalWan: 7.5, fiscalYear: 2023, goals: ['基本医疗保险参保率95%,2022年重复参保人数0人,2022年虚报参保人数0人'] }))).toEqual([]);
  });
});
