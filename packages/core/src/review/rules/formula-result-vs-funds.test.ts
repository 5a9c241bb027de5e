import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { formulaResultVsFunds } from './formula-result-vs-funds';

const run = (p: ReturnType<typeof buildTestProject>) => formulaResultVsFunds.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('formula-result-vs-funds', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '公益性岗位工会经费', totalWan: 0.63, goals: ['公益性岗位人数8人, 月工资2100元*130%+500元=3230元, 工会经费=年工资总额3230元*8人*12月*2%=6201.6元'] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('formula-result-vs-funds');
    expect(f[0]?.evidence.computedYuan).toBe(6201.6); expect(f[0]?.evidence.fundsYuan).toBe(6300);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '党建经费', totalWan: 7.55, goals: ['在职党员20人工资总额为314504.5*12=3774054元, 党建经费3774054元*0.02=7.548108万元, 申请市级资金7.55万元'] }))).toEqual([]);
  });
});
