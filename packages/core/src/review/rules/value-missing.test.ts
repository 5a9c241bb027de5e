import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { valueMissing } from './value-missing';

const run = (p: ReturnType<typeof buildTestProject>) => valueMissing.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('value-missing', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '商业保险机构参与经办服务费', totalWan: 744, indicators: [['output', 'timeliness', '报销时限', null]] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('value-missing');
    expect(f[0]?.evidence.indicator).toBe('报销时限');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '商业保险机构参与经办服务费', totalWan: 744, indicators: [['output', 'quantity', '住院审核结算', '≥42000人次']] }))).toEqual([]);
  });
});
