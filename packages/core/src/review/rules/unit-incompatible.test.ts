import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { unitIncompatible } from './unit-incompatible';

const run = (p: ReturnType<typeof buildTestProject>) => unitIncompatible.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('unit-incompatible', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '医疗保险征收发放工作经费', totalWan: 8, indicators: [['output', 'quantity', '征收发放医保待遇预计人数', '35条']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('unit-incompatible');
    expect(f[0]?.evidence.unit).toBe('条');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保险网络运行维护费', totalWan: 17.8, indicators: [['output', 'quantity', '征收发放医保待遇预计人数', '150000人']] }))).toEqual([]);
  });
});
