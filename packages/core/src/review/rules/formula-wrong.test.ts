import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { formulaWrong } from './formula-wrong';

const run = (p: ReturnType<typeof buildTestProject>) => formulaWrong.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('formula-wrong', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '党建经费', totalWan: 7.55, goals: ['在职党员20人工资总额为314504.5*12=3774504元, 党建经费3774054元*0.02=7.548108万元'] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('formula-wrong');
    expect(f).toHaveLength(1); expect(f[0]?.evidence.computed).toBe('3774054元');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '党建经费', totalWan: 7.55, goals: ['在职党员20人工资总额为314504.5*12=3774054元, 党建经费3774054元*0.02=7.548108万元, 申请市级资金7.55万元'] }))).toEqual([]);
  });
});
